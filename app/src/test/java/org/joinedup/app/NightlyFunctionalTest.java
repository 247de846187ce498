package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.cli.Cli;
import org.joinedup.app.testing.ExpectedFigures;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.joinedup.app.testing.Workbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The nightly run on the committed samples: every return loads, every quarter's workbook
 * carries the figures the generator computed independently, and a second run changes
 * nothing.
 */
@SpringBootTest
@TestInstance(Lifecycle.PER_CLASS)
class NightlyFunctionalTest {

	private static Path home;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		home = TestHome.register(registry);
		registry.add("joinedup.inbox", Samples.INBOX::toString);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private Cli.Result firstRun;

	private Map<Path, FileTime> reportsAfterFirstRun;

	private long factsAfterFirstRun;

	private Cli.Result secondRun;

	private Map<Path, FileTime> reportsAfterSecondRun;

	/** A quarter after the latest survey wave: its Survey trends holds every wave. */
	private Path afterEveryWave;

	/**
	 * Runs the nightly twice for the whole class; the tests only read what the runs
	 * printed and left behind.
	 */
	@BeforeAll
	void runTheNightlyTwice() throws IOException {
		firstRun = Cli.run(context, "nightly");
		assertThat(firstRun.exitCode()).as(firstRun.out()).isZero();
		reportsAfterFirstRun = reportTimes();
		factsAfterFirstRun = facts();
		secondRun = Cli.run(context, "nightly");
		reportsAfterSecondRun = reportTimes();
		Cli.Result report = Cli.run(context, "report", "--quarter", "2021-22 Q3", "--allow-empty");
		assertThat(report.exitCode()).as(report.out()).isZero();
		afterEveryWave = home.resolve("reports/joinedup-quarterly-2021-22-Q3.xlsx");
	}

	@Test
	void firstRunLoadsEverySampleAndWritesEveryQuarter() throws IOException {
		assertThat(firstRun.out()).doesNotContain("REJECTED", "FAILED").contains("SUPERSEDES");
		for (Path expected : ExpectedFigures.files()) {
			assertThat(report(expected)).exists();
		}
	}

	@Test
	void namedCellsEqualTheGeneratorsIndependentSums() throws IOException {
		for (Path expected : ExpectedFigures.files()) {
			ExpectedFigures.assertNamedCells(report(expected), expected);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void returnTextIsWrittenAsTextNeverAsAFormula() throws IOException {
		int checked = 0;
		for (Path expected : ExpectedFigures.files()) {
			Map<String, Object> json = JsonPath.read(expected.toFile(), "$");
			List<String> hostile = (List<String>) json.getOrDefault("hostile_scheme_names", List.of());
			try (XSSFWorkbook workbook = Workbooks.open(report(expected))) {
				for (String name : hostile) {
					assertThat(stringCells(workbook)).as(expected.getFileName().toString()).contains(name);
					checked++;
				}
			}
		}
		assertThat(checked).as("hostile scheme names in the samples").isPositive();
	}

	@Test
	void everyFactKnowsItsFileSheetAndRow() {
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM metric_fact m JOIN submission s ON s.id = m.submission_id
				JOIN received_file f ON f.id = s.received_file_id
				WHERE m.source_sheet IS NULL OR m.source_row IS NULL OR f.file_name IS NULL""", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM metric_fact", Integer.class)).isPositive();
		for (String monthly : List.of("dtoc_fact", "ae_fact")) {
			assertThat(
					jdbc.queryForObject("SELECT COUNT(*) FROM " + monthly + " WHERE source_row IS NULL", Integer.class))
				.as(monthly)
				.isZero();
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + monthly, Integer.class)).as(monthly).isPositive();
		}
		assertThat(jdbc.queryForList("SELECT return_type FROM submission WHERE status = 'SUPERSEDED'", String.class))
			.as("the Tameside BCF resubmission, the November 2016 DTOC resubmission, and the trust file, replaced by "
					+ "the providers CSV read after it")
			.containsExactlyInAnyOrder("BCF_QUARTERLY", "DTOC_MONTHLY", "PROVIDERS_REFERENCE");
	}

	@Test
	void surveySharesReproduceThePublishedFiguresToTheNearestPercent() throws IOException {
		List<Map<String, Object>> trends = tableOf(afterEveryWave, "Survey trends", "SurveyTrends");
		String confed = "NHS Confederation member survey";
		String providers = "NHS Providers survey";
		assertThat(percent(trends, confed, "2013", "INT-PROGRESS", "Slight progress", "No progress")).isEqualTo(93);
		assertThat(percent(trends, confed, "2013", "SAVINGS-TARGET", "Worried", "Very worried")).isEqualTo(26);
		assertThat(percent(trends, confed, "2013", "FIN-PRESSURE", "Increase")).isEqualTo(83);
		assertThat(percent(trends, confed, "2013", "WAIT-TIMES", "Increase")).isEqualTo(70);
		assertThat(percent(trends, providers, "2021-11", "LOCAL-SUPPORT", "Very confident")).isEqualTo(1);
		assertThat(percent(trends, providers, "2021-11", "LOCAL-SUPPORT", "Confident")).isEqualTo(25);
		assertThat(percent(trends, providers, "2021-11", "LOCAL-SUPPORT", "Neither confident nor worried"))
			.isEqualTo(32);
		assertThat(percent(trends, providers, "2021-11", "LOCAL-SUPPORT", "Worried")).isEqualTo(33);
		assertThat(percent(trends, providers, "2021-11", "LOCAL-SUPPORT", "Very worried")).isEqualTo(10);
		assertThat(percent(trends, providers, "2021-11", "WINTER", "Extremely concerned")).isEqualTo(87);
		assertThat(trends).filteredOn(r -> r.get("Wave").equals("2013"))
			.extracting(r -> r.get("Respondents"))
			.containsOnly(185.0);
		assertThat(trends).filteredOn(r -> r.get("Wave").equals("2021-11"))
			.extracting(r -> r.get("Respondents"))
			.containsOnly(114.0);
		assertThat(table(lastQuarter(), "Survey trends", "SurveyTrends")).as("2016-17 Q4: the waves over by March 2017")
			.extracting(r -> r.get("Wave"))
			.containsOnly("2013", "2015");
	}

	@Test
	void blankAnswersAreLeftOutOfTheBaseAndAggregateSharesKeptAsGiven() throws IOException {
		List<Map<String, Object>> trends = tableOf(afterEveryWave, "Survey trends", "SurveyTrends");
		// 2015: 160 respondents, 2 left the progress question blank; 3 said Don't know,
		// which counts
		assertThat(trends).filteredOn(r -> r.get("Wave").equals("2015") && r.get("Question ID").equals("INT-PROGRESS"))
			.extracting(r -> r.get("Respondents"))
			.containsOnly(158.0);
		assertThat(trends).anySatisfy(r -> assertThat(r).containsEntry("Wave", "2015")
			.containsEntry("Question ID", "INT-PROGRESS")
			.containsEntry("Answer", "Don't know"));
		assertThat(trends).anySatisfy(r -> assertThat(r).containsEntry("Wave", "2019-11")
			.containsEntry("Answer", "Extremely concerned")
			.containsEntry("Share (%)", 0.65)
			.containsEntry("Respondents", 120.0));
	}

	@Test
	void episodesAreKeptAsCountsAndTheirEmergencyAdmissionsSetBesideTheNeaActual() throws IOException {
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE rule IN ('date-unparseable', "
				+ "'admission-method-unknown', 'discharge-before-admission', 'area-unknown') AND severity = 'WARNING' "
				+ "AND row_number IS NOT NULL", Integer.class))
			.as("quarantined rows")
			.isEqualTo(4);
		List<Map<String, Object>> admissions = table(lastQuarter(), "Admissions", "Admissions");
		List<Map<String, Object>> findings = table(lastQuarter(), "Findings", "Findings");
		try (Reader in = Files.newBufferedReader(Samples.EXPECTED.resolve("episodes.csv"))) {
			for (CSVRecord expected : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(in)) {
				long episodes = Long.parseLong(expected.get("emergency_episodes"));
				long actual = Long.parseLong(expected.get("nea_actual"));
				assertThat(jdbc.queryForObject("SELECT SUM(admissions) FROM episode_count WHERE method_group = "
						+ "'EMERGENCY' AND area_code = ?", Long.class, expected.get("area")))
					.isEqualTo(episodes);
				assertThat(admissions).filteredOn(r -> r.get("ONS code").equals(expected.get("area")))
					.singleElement()
					.satisfies(r -> assertThat(r).containsEntry("Actual (quarter)", (double) actual)
						.containsEntry("Emergency episodes (quarter)", (double) episodes)
						.containsEntry("Actual vs episodes (%)", (double) actual / episodes - 1));
				boolean mismatched = Math.abs((double) actual / episodes - 1) > 0.05;
				assertThat(findings.stream()
					.anyMatch(f -> "nea-episodes-mismatch".equals(f.get("Rule"))
							&& String.valueOf(actual).equals(f.get("Value"))))
					.as(expected.get("area"))
					.isEqualTo(mismatched);
			}
		}
		assertThat(findings).filteredOn(f -> "nea-episodes-mismatch".equals(f.get("Rule"))).hasSize(1);
		assertThat(admissions).filteredOn(r -> r.get("Emergency episodes (quarter)") == null).isNotEmpty();
	}

	@Test
	void theProvidersCsvReplacesTheTrustFileWhichStaysInHistory() {
		assertThat(jdbc.queryForList("""
				SELECT p.ods_code FROM provider p JOIN submission s ON s.id = p.submission_id
				WHERE s.status = 'SUPERSEDED'""", String.class)).containsExactlyInAnyOrder("RVW", "RW3", "RAL", "RYJ");
		assertThat(jdbc.queryForObject("""
				SELECT CAST(p.closed_on AS VARCHAR(10)) FROM provider p JOIN submission s ON s.id = p.submission_id
				WHERE s.status = 'SUPERSEDED' AND p.ods_code = 'RW3'""", String.class)).isEqualTo("2017-10-01");
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM provider p JOIN submission s ON s.id = p.submission_id
				WHERE s.status = 'ACCEPTED'""", Integer.class)).isEqualTo(12);
	}

	@Test
	void aSecondRunLoadsNothingAndRewritesNoReport() throws IOException {
		assertThat(secondRun.exitCode()).as(secondRun.out()).isZero();
		assertThat(secondRun.out().lines().filter(l -> l.startsWith("LOADED") || l.startsWith("SUPERSEDES"))).isEmpty();
		assertThat(secondRun.out()).contains("DUPLICATE").contains("0 written");
		assertThat(reportsAfterSecondRun).isEqualTo(reportsAfterFirstRun);
		assertThat(facts()).isEqualTo(factsAfterFirstRun);
	}

	private static long percent(List<Map<String, Object>> trends, String survey, String wave, String questionId,
			String... answers) {
		double share = trends.stream()
			.filter(r -> r.get("Survey").equals(survey) && r.get("Wave").equals(wave)
					&& r.get("Question ID").equals(questionId) && List.of(answers).contains(r.get("Answer")))
			.mapToDouble(r -> (Double) r.get("Share (%)"))
			.sum();
		return Math.round(100 * share);
	}

	private static Path lastQuarter() throws IOException {
		List<Path> files = ExpectedFigures.files();
		return files.get(files.size() - 1);
	}

	private static List<Map<String, Object>> table(Path expected, String sheet, String table) throws IOException {
		return tableOf(report(expected), sheet, table);
	}

	private static List<Map<String, Object>> tableOf(Path report, String sheet, String table) throws IOException {
		try (XSSFWorkbook workbook = Workbooks.open(report)) {
			return Workbooks.table(workbook, sheet, table);
		}
	}

	private long facts() {
		return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM metric_fact) + (SELECT COUNT(*) FROM "
				+ "savings_scheme_fact) + (SELECT COUNT(*) FROM income_expenditure_fact)", Long.class);
	}

	private static List<String> stringCells(XSSFWorkbook workbook) {
		return Stream.iterate(0, i -> i < workbook.getNumberOfSheets(), i -> i + 1)
			.flatMap(i -> Stream.of(workbook.getSheetAt(i)))
			.flatMap(sheet -> StreamSupport.stream(sheet.spliterator(), false))
			.flatMap(row -> StreamSupport.stream(row.spliterator(), false))
			.filter(c -> c.getCellType() == CellType.STRING)
			.map(Cell::getStringCellValue)
			.toList();
	}

	private static Map<Path, FileTime> reportTimes() throws IOException {
		try (Stream<Path> files = Files.list(home.resolve("reports"))) {
			return files.collect(Collectors.toMap(f -> f, f -> {
				try {
					return Files.getLastModifiedTime(f);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}));
		}
	}

	private static Path report(Path expected) {
		return ExpectedFigures.report(home.resolve("reports"), expected);
	}

}
