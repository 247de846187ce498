package org.joinedup.report.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.style.ReportStyles;
import org.junit.jupiter.api.Test;

class TableWriterTest {

	record Line(String name, int plan, int actual) {
	}

	private static final List<Column<Line>> COLUMNS = List.of(Column.text("Name", Line::name),
			Column.value("Plan", CellFormat.COUNT, Line::plan), Column.value("Actual", CellFormat.COUNT, Line::actual),
			Column.formula("Variance vs plan", CellFormat.COUNT, "{Actual}-{Plan}"));

	@Test
	void writesValuesAndFormulasByColumnName() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("S");
			TablePlacement placement = new TableWriter(new ReportStyles(workbook)).write(sheet, 2, 1, "Lines", COLUMNS,
					List.of(new Line("=SUM(A1)", 10, 12), new Line("b", 5, 3)));

			XSSFTable table = sheet.getTables().get(0);
			assertThat(table.getName()).isEqualTo("Lines");
			assertThat(table.getArea().formatAsString()).isEqualTo("B3:E5");
			assertThat(placement.columnBesideWithGap()).isEqualTo(6);
			assertThat(sheet.getRow(3).getCell(4).getCellFormula()).isEqualTo("D4-C4");
			assertThat(sheet.getRow(4).getCell(4).getCellFormula()).isEqualTo("D5-C5");
			assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("=SUM(A1)");
		}
	}

	@Test
	void anEmptyTableKeepsOneEmptyRow() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("S");
			new TableWriter(new ReportStyles(workbook)).write(sheet, 0, 0, "Lines", COLUMNS, List.of());
			assertThat(sheet.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:D2");
			assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void aFormulaNamingAnUnknownColumnFails() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			List<Column<Line>> columns = List.of(Column.text("Name", Line::name),
					Column.formula("Bad", CellFormat.COUNT, "{Nope}*2"));
			assertThatThrownBy(() -> new TableWriter(new ReportStyles(workbook)).write(workbook.createSheet("S"), 0, 0,
					"T", columns, List.of(new Line("a", 1, 1))))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("Nope");
		}
	}

}
