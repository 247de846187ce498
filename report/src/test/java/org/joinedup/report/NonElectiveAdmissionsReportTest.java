package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admissions sets England's non-elective admissions per month from the monthly activity
 * return (R7) beside the BCF returns' NEA actuals of each quarter of the year to date.
 */
class NonElectiveAdmissionsReportTest {

	@TempDir
	Path out;

	@Test
	void setsEnglandsMonthsBesideTheBcfActualsOfTheirQuarter() throws IOException {
		Warehouse warehouse = Warehouse.migrated();
		BcfFixture.load(warehouse);
		activityReturn(warehouse, 90, LocalDate.of(2016, 4, 1), 40_000, 2_000);
		activityReturn(warehouse, 91, LocalDate.of(2016, 5, 1), 41_000, 2_100);
		activityReturn(warehouse, 92, LocalDate.of(2016, 6, 1), 42_000, 2_200);
		activityReturn(warehouse, 93, LocalDate.of(2016, 7, 1), 43_000, 2_300);

		Path report = new QuarterlyReportWriter(warehouse.dataSource, BcfFixture.SETTINGS)
			.write(QuarterlyReportWriterTest.Q2, out, BcfFixture.RUN);

		try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFTable table = workbook.getTable("NonElectiveAdmissions");
			assertThat(table.getXSSFSheet().getSheetName()).isEqualTo("NonElectiveAdmissions");
			assertThat(rows(table)).containsExactly(
					List.of("2016-17 Q1", "42,000", "43,100", "44,200", "129,300", "3", "13,250", "10.2%"),
					List.of("2016-17 Q2", "45,300", "", "", "", "2", "10,000", ""));
		}
	}

	/** A month's accepted return with two commissioners. */
	private static void activityReturn(Warehouse warehouse, long id, LocalDate month, long first, long second) {
		LocalDateTime received = month.plusMonths(2).atStartOfDay();
		warehouse.file(id, "MAR-" + month + ".xls", received);
		warehouse.submission(id, "ACTIVITY_MONTHLY", null, 2016, (month.getMonthValue() - 1) / 3, "ACCEPTED", received);
		warehouse.jdbc.update("UPDATE submission SET period_month = ? WHERE id = ?", Date.valueOf(month), id);
		commissioner(warehouse, id, month, "00C", first);
		commissioner(warehouse, id, month, "X24", second);
	}

	private static void commissioner(Warehouse warehouse, long id, LocalDate month, String code, long nonElective) {
		warehouse.jdbc.update("""
				INSERT INTO activity_fact (submission_id, period_month, fin_year, quarter, org_code, non_elective,
				                           source_sheet, source_row)
				VALUES (?, ?, 2016, ?, ?, ?, 'Commissioner', 17)""", id, Date.valueOf(month),
				(month.getMonthValue() - 1) / 3, code, nonElective);
	}

	private static List<List<String>> rows(XSSFTable table) {
		XSSFSheet sheet = table.getXSSFSheet();
		DataFormatter format = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (int r = table.getStartCellReference().getRow() + 1; r <= table.getEndCellReference().getRow()
				- table.getTotalsRowCount(); r++) {
			XSSFRow row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = table.getStartCellReference().getCol(); c <= table.getEndCellReference().getCol(); c++) {
				cells.add(row.getCell(c) == null ? "" : stored(row.getCell(c), format));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** What a viewer that does not recalculate shows: a formula's stored value. */
	private static String stored(Cell cell, DataFormatter format) {
		if (cell.getCellType() != CellType.FORMULA) {
			return format.formatCellValue(cell);
		}
		if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
			return format.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
					cell.getCellStyle().getDataFormatString());
		}
		return cell.getStringCellValue();
	}

}
