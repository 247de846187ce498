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
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monthly extract in the quarter: listed per month in Data quality, the months without
 * one listed Missing, and its warnings listed with the findings.
 */
class MonthlyExtractsReportTest {

	@TempDir
	Path out;

	@Test
	void dataQualityListsTheProviderCodesAnAcceptedExtractHadThatTheReferenceLacks() throws IOException {
		Warehouse warehouse = Warehouse.migrated();
		BcfFixture.load(warehouse);
		warehouse.file(91, "MSitAE-August-2016.csv", LocalDateTime.of(2016, 9, 10, 9, 0));
		warehouse.submission(91, "AE_MONTHLY", null, 2016, 2, "ACCEPTED", LocalDateTime.of(2016, 9, 10, 9, 0));
		warehouse.jdbc.update("UPDATE submission SET period_month = ? WHERE id = 91",
				Date.valueOf(LocalDate.of(2016, 8, 1)));
		for (String code : List.of("Y02572", "AQN04")) {
			warehouse.finding(91, "RECORD", "WARNING", "MSitAE-August-2016.csv", null, 2, "Org Code", code,
					"ods-code-unknown", "The provider code is not in the current providers reference");
		}

		Path report = new QuarterlyReportWriter(warehouse.dataSource, BcfFixture.SETTINGS)
			.write(QuarterlyReportWriterTest.Q2, out, BcfFixture.RUN);

		try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<List<String>> unknown = new ArrayList<>();
			for (List<String> row : rows(workbook.getTable("Findings"))) {
				if (row.get(7).equals("ods-code-unknown")) {
					unknown.add(List.of(row.get(0), row.get(2), row.get(6)));
				}
			}
			assertThat(unknown).containsExactly(List.of("MSitAE-August-2016.csv", "Warning", "Y02572"),
					List.of("MSitAE-August-2016.csv", "Warning", "AQN04"));
		}
	}

	@Test
	void dataQualityListsEachMonthOfAMonthlyFeedAndTheMonthsMissing() throws IOException {
		Warehouse warehouse = Warehouse.migrated();
		BcfFixture.load(warehouse);
		warehouse.file(90, "DTOC-2016-07.csv", LocalDateTime.of(2016, 8, 10, 9, 0));
		warehouse.submission(90, "DTOC_MONTHLY", null, 2016, 2, "ACCEPTED", LocalDateTime.of(2016, 8, 10, 9, 0));
		warehouse.jdbc.update("UPDATE submission SET period_month = ? WHERE id = 90",
				Date.valueOf(LocalDate.of(2016, 7, 1)));

		Path report = new QuarterlyReportWriter(warehouse.dataSource, BcfFixture.SETTINGS)
			.write(QuarterlyReportWriterTest.Q2, out, BcfFixture.RUN);

		try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<List<String>> monthly = new ArrayList<>();
			for (List<String> row : rows(workbook.getTable("Submissions"))) {
				if (row.get(0).equals("DTOC_MONTHLY")) {
					monthly.add(List.of(row.get(2), row.get(3), row.get(4), row.get(5)));
				}
			}
			assertThat(monthly).containsExactly(
					List.of("England (national extract)", "Jul 2016", "Accepted", "DTOC-2016-07.csv"),
					List.of("England (national extract)", "Aug 2016", "Missing", ""),
					List.of("England (national extract)", "Sep 2016", "Missing", ""));
		}
	}

	@Test
	void aQuarterWithOnlyANationalExtractIsReportedAndItsSummarySaysWhatItHolds() throws IOException {
		Warehouse warehouse = Warehouse.migrated();
		BcfFixture.load(warehouse);
		LocalDateTime received = LocalDateTime.of(2016, 11, 10, 9, 0);
		warehouse.file(91, "DTOC-2016-10.csv", received);
		warehouse.submission(91, "DTOC_MONTHLY", null, 2016, 3, "ACCEPTED", received);
		warehouse.jdbc.update("UPDATE submission SET period_month = ? WHERE id = 91",
				Date.valueOf(LocalDate.of(2016, 10, 1)));
		warehouse.jdbc.update("""
				INSERT INTO dtoc_fact (submission_id, period_month, fin_year, quarter, parent_code, provider_code,
				    legacy_la_code, area_code, acute, reason, nhs_days, social_care_days, both_days, source_row)
				VALUES (91, DATE '2016-10-01', 2016, 3, 'Y54', 'RVW', '724', ?, 'ACUTE', 'A_COMPLETION_ASSESSMENT',
				    42, 31, 7, 5)""", BcfFixture.HARTLEPOOL);
		FinancialQuarter q3 = new FinancialQuarter(2016, 3);

		assertThat(new ReportableQuarters(warehouse.dataSource).withReturns()).contains(q3);
		Path report = new QuarterlyReportWriter(warehouse.dataSource, BcfFixture.SETTINGS).write(q3, out,
				BcfFixture.RUN);

		try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("Summary").getRow(1).getCell(0).getStringCellValue())
				.contains("Returns behind the figures (listed in Notes): 1 Areas reference; "
						+ "1 Delayed transfers of care, monthly provider extract.");
			assertThat(rows(workbook.getTable("DelayedDaysByMonth")))
				.anySatisfy(row -> assertThat(row).containsSubsequence("Oct 2016", "42", "31", "7"));
			XSSFTable months = workbook.getTable("DelayedDaysByMonth");
			Cell october = months.getXSSFSheet()
				.getRow(months.getStartRowIndex() + 1)
				.getCell(months.getStartColIndex());
			assertThat(october.getCellType()).as("a month is a date cell").isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(october)).isTrue();
			assertThat(october.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2016, 10, 1));
		}
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
				cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
			}
			rows.add(cells);
		}
		return rows;
	}

}
