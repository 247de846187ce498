package org.joinedup.report.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.style.ReportStyles;
import org.joinedup.report.style.StatusColour;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STTotalsRowFunction;
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
			assertThat(table.getArea().formatAsString()).isEqualTo("B3:E6");
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
			assertThat(sheet.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:D3");
			assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	record Money(String name, LocalDate month, double planned, double achieved, String status) {
	}

	private static final List<Column<Money>> MONEY = List.of(Column.text("Name", Money::name),
			Column.value("Month", CellFormat.MONTH, Money::month),
			Column.value("Planned, all: (£)", CellFormat.MONEY, Money::planned),
			Column.value("Achieved [#'s]", CellFormat.MONEY, Money::achieved),
			Column.formula("Shortfall (£)", CellFormat.MONEY, "{Planned, all: (£)}-{Achieved [#'s]}"),
			Column.<Money>formula("Achieved (%)", CellFormat.PERCENT, "{Achieved [#'s]}/{Planned, all: (£)}")
				.totalledAs("{Achieved [#'s]}/{Planned, all: (£)}"),
			Column.<Money>text("Status", Money::status)
				.coloured(Map.of("On track", StatusColour.GREEN, "At risk", StatusColour.AMBER, "Off track",
						StatusColour.RED)));

	private static final List<Money> MONEY_ROWS = List.of(
			new Money("a", LocalDate.of(2016, 4, 1), 100, 150, "On track"),
			new Money("b", LocalDate.of(2016, 5, 1), 300, 50, "Off track"));

	@Test
	void aTotalsRowSumsMoneyAndCountsAndWorksRatiosOutAgain() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("S");
			TablePlacement placement = new TableWriter(new ReportStyles(workbook)).write(sheet, 0, 0, "Money", MONEY,
					MONEY_ROWS);
			XSSFTable table = sheet.getTables().get(0);
			assertThat(placement.lastDataRow()).isEqualTo(2);
			assertThat(placement.totalsRow()).isEqualTo(3);
			assertThat(table.getArea().formatAsString()).isEqualTo("A1:G4");
			assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:G3");
			assertThat(table.getTotalsRowCount()).isEqualTo(1);
			Row totals = sheet.getRow(3);
			assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
			assertThat(totals.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(totals.getCell(2).getCellFormula()).isEqualTo("SUBTOTAL(109,Money[Planned, all: (£)])");
			assertThat(totals.getCell(3).getCellFormula()).isEqualTo("SUBTOTAL(109,D2:D3)");
			// cached, as a viewer that does not recalculate shows them
			assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(400.0);
			assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(200.0);
			assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(200.0);
			assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(0.5);
			assertThat(totals.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
			var columns = table.getCTTable().getTableColumns().getTableColumnArray();
			assertThat(columns[0].getTotalsRowLabel()).isEqualTo("Total");
			assertThat(columns[2].getTotalsRowFunction()).isEqualTo(STTotalsRowFunction.SUM);
			assertThat(columns[5].getTotalsRowFunction()).isEqualTo(STTotalsRowFunction.CUSTOM);
			assertThat(columns[5].getTotalsRowFormula().getStringValue()).isEqualTo("D4/C4");
			assertThat(columns[6].isSetTotalsRowFunction()).isFalse();
		}
	}

	@Test
	void aTableOfTextHasNoTotalsRow() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("S");
			new TableWriter(new ReportStyles(workbook)).write(sheet, 0, 0, "Names",
					List.of(Column.<Line>text("Name", Line::name),
							Column.<Line>value("Plan", CellFormat.COUNT, Line::plan).noTotal()),
					List.of(new Line("a", 1, 1)));
			assertThat(sheet.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:B2");
			assertThat(sheet.getTables().get(0).getTotalsRowCount()).isZero();
		}
	}

	@Test
	void statusValuesAreGreenAmberAndRedWithDarkText() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("S");
			new TableWriter(new ReportStyles(workbook)).write(sheet, 0, 0, "Money", MONEY, MONEY_ROWS);
			Map<String, String> fills = new TreeMap<>();
			XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
			for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
				var cf = formatting.getConditionalFormattingAt(i);
				assertThat(cf.getFormattingRanges()).extracting(CellRangeAddress::formatAsString)
					.containsExactly("G2:G3");
				for (int r = 0; r < cf.getNumberOfRules(); r++) {
					var rule = cf.getRule(r);
					assertThat(rule.getComparisonOperation()).isEqualTo(ComparisonOperator.EQUAL);
					fills.put(rule.getFormula1(),
							((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()).getARGBHex() + " "
									+ ((XSSFColor) rule.getFontFormatting().getFontColor()).getARGBHex());
				}
			}
			assertThat(fills).containsExactly(Map.entry("\"At risk\"", "FFFFEB9C FF7A4400"),
					Map.entry("\"Off track\"", "FFFFC7CE FF9C0006"), Map.entry("\"On track\"", "FFC6EFCE FF006100"));
		}
	}

	@Test
	void monthsAreDatesAndNegativeMoneyIsInBrackets() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("S");
			new TableWriter(new ReportStyles(workbook)).write(sheet, 0, 0, "Money", MONEY, MONEY_ROWS);
			DataFormatter shown = new DataFormatter(Locale.UK);
			Cell month = sheet.getRow(1).getCell(1);
			assertThat(month.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(month)).isTrue();
			assertThat(month.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2016, 4, 1));
			assertThat(shown.formatCellValue(month)).isEqualTo("Apr 2016");
			Cell negative = sheet.getRow(1).getCell(4);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(negative);
			assertThat(shown.formatCellValue(negative, workbook.getCreationHelper().createFormulaEvaluator()))
				.isEqualTo("(£50)");
			assertThat(shown.formatCellValue(sheet.getRow(2).getCell(4),
					workbook.getCreationHelper().createFormulaEvaluator()))
				.isEqualTo("£250");
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
