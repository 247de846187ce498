package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.cli.Cli;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.joinedup.app.testing.Workbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monthly extracts in the workbook (Delayed transfers' NHS, social care and both
 * days; Admissions' emergency admissions per month) equal the generator's own figures
 * ({@code samples/expected/*.csv}), summed here.
 */
@SpringBootTest
@TestInstance(Lifecycle.PER_CLASS)
class MonthlyFiguresFunctionalTest {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static Path home;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		home = TestHome.register(registry);
		registry.add("joinedup.inbox", Samples.INBOX::toString);
	}

	@Autowired
	ApplicationContext context;

	@BeforeAll
	void runNightly() {
		assertThat(Cli.run(context, "nightly").exitCode()).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "2015,2", "2016,3", "2016,4" })
	void delayedDaysPerAreaAreTheExtractsYearToDate(int finYear, int quarter) throws IOException {
		Map<String, long[]> expected = new HashMap<>();
		for (CSVRecord r : csv("delayed-days.csv")) {
			if (inYearToDate(r.get("month"), finYear, quarter)) {
				long[] days = expected.computeIfAbsent(r.get("ons_code"), k -> new long[3]);
				days[0] += Long.parseLong(r.get("nhs_days"));
				days[1] += Long.parseLong(r.get("social_care_days"));
				days[2] += Long.parseLong(r.get("both_days"));
			}
		}
		try (XSSFWorkbook workbook = Workbooks.open(report(finYear, quarter))) {
			List<Map<String, Cell>> rows = rows(workbook, "DelayedTransfers");
			assertThat(rows).hasSize(expected.size());
			for (Map<String, Cell> row : rows) {
				long[] days = expected.get(row.get("ONS code").getStringCellValue());
				assertThat(new long[] { number(row.get("NHS days")), number(row.get("Social care days")),
						number(row.get("Both days")) })
					.isEqualTo(days);
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "2015,2", "2016,3", "2016,4" })
	void emergencyAdmissionsPerMonthAreTheExtractsForEngland(int finYear, int quarter) throws IOException {
		Map<String, Long> expected = new HashMap<>();
		for (CSVRecord r : csv("emergency-admissions.csv")) {
			if (inYearToDate(r.get("month"), finYear, quarter)) {
				String month = YearMonth.parse(r.get("month")).format(MONTH);
				expected.merge(month, Long.parseLong(r.get("emergency_admissions")), Long::sum);
			}
		}
		try (XSSFWorkbook workbook = Workbooks.open(report(finYear, quarter))) {
			Map<String, Long> actual = new HashMap<>();
			rows(workbook, "EmergencyAdmissions").forEach(row -> {
				// a date cell, the first of its month
				assertThat(DateUtil.isCellDateFormatted(row.get("Month"))).isTrue();
				assertThat(row.get("Month").getLocalDateTimeCellValue().getDayOfMonth()).isEqualTo(1);
				actual.put(MONTH.format(row.get("Month").getLocalDateTimeCellValue()), number(row.get("England")));
			});
			assertThat(actual).isEqualTo(expected).hasSize(quarter * 3);
			assertThat(workbook.getSheet("EmergencyAdmissions").getDrawingPatriarch().getCharts()).isNotEmpty();
			assertThat(workbook.getSheet("DelayedDaysByMonth").getDrawingPatriarch().getCharts()).isNotEmpty();
		}
	}

	private static boolean inYearToDate(String month, int finYear, int quarter) {
		YearMonth m = YearMonth.parse(month);
		int monthsIntoYear = (m.getMonthValue() + 8) % 12;
		int year = m.getMonthValue() >= 4 ? m.getYear() : m.getYear() - 1;
		return year == finYear && monthsIntoYear / 3 + 1 <= quarter;
	}

	private static List<CSVRecord> csv(String name) throws IOException {
		try (Reader reader = Files.newBufferedReader(Samples.EXPECTED.resolve(name))) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static Path report(int finYear, int quarter) {
		return home.resolve("reports")
			.resolve("joinedup-quarterly-" + finYear + "-" + String.format("%02d", (finYear + 1) % 100) + "-Q" + quarter
					+ ".xlsx");
	}

	/**
	 * The table's data rows as header to cell, read as a viewer that does not recalculate
	 * sees them.
	 */
	private static List<Map<String, Cell>> rows(XSSFWorkbook workbook, String tableName) {
		XSSFTable table = workbook.getTable(tableName);
		XSSFSheet sheet = table.getXSSFSheet();
		int header = table.getStartCellReference().getRow();
		int first = table.getStartCellReference().getCol();
		int last = table.getEndCellReference().getCol();
		List<Map<String, Cell>> rows = new ArrayList<>();
		for (int r = header + 1; r <= table.getEndCellReference().getRow() - table.getTotalsRowCount(); r++) {
			XSSFRow row = sheet.getRow(r);
			Map<String, Cell> cells = new HashMap<>();
			for (int c = first; c <= last; c++) {
				cells.put(sheet.getRow(header).getCell(c).getStringCellValue(), row.getCell(c));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static long number(Cell cell) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		return (long) cell.getNumericCellValue();
	}

}
