package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.cli.Cli;
import org.joinedup.app.testing.ExpectedFigures;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.joinedup.app.testing.Workbooks;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The nightly run on the committed samples: every return loads, every quarter's workbook carries the
 * figures the generator computed independently, and a second run changes nothing.
 */
@SpringBootTest
@TestMethodOrder(OrderAnnotation.class)
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

	@Test
	@Order(1)
	void firstRunLoadsEverySampleAndWritesEveryQuarter() throws IOException {
		Cli.Result run = Cli.run(context, "nightly");

		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.out()).doesNotContain("REJECTED", "FAILED").contains("SUPERSEDES");
		for (Path expected : ExpectedFigures.files()) {
			assertThat(report(expected)).exists();
		}
	}

	@Test
	@Order(2)
	void namedCellsEqualTheGeneratorsIndependentSums() throws IOException {
		for (Path expected : ExpectedFigures.files()) {
			ExpectedFigures.assertNamedCells(report(expected), expected);
		}
	}

	@Test
	@Order(3)
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
	@Order(4)
	void everyFactKnowsItsFileSheetAndRow() {
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM metric_fact m JOIN submission s ON s.id = m.submission_id
				JOIN received_file f ON f.id = s.received_file_id
				WHERE m.source_sheet IS NULL OR m.source_row IS NULL OR f.file_name IS NULL""", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM metric_fact", Integer.class)).isPositive();
		for (String monthly : List.of("dtoc_fact", "ae_fact")) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + monthly + " WHERE source_row IS NULL",
					Integer.class)).as(monthly).isZero();
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + monthly, Integer.class)).as(monthly).isPositive();
		}
		assertThat(jdbc.queryForList("SELECT return_type FROM submission WHERE status = 'SUPERSEDED' ORDER BY id",
				String.class)).as("the Tameside BCF resubmission and the November 2016 DTOC resubmission")
			.containsExactly("BCF_QUARTERLY", "DTOC_MONTHLY");
	}

	@Test
	@Order(5)
	void aSecondRunLoadsNothingAndRewritesNoReport() throws IOException {
		Map<Path, FileTime> before = reportTimes();
		long facts = facts();

		Cli.Result run = Cli.run(context, "nightly");

		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.out().lines().filter(l -> l.startsWith("LOADED") || l.startsWith("SUPERSEDES"))).isEmpty();
		assertThat(run.out()).contains("DUPLICATE").contains("0 written");
		assertThat(reportTimes()).isEqualTo(before);
		assertThat(facts()).isEqualTo(facts);
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
