package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.joinedup.app.cli.Cli;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One bad return per reject rule, ingested in one run beside good files: each is rejected
 * with the finding its manifest row names and leaves no facts, while the good files load.
 */
@SpringBootTest
@TestInstance(Lifecycle.PER_CLASS)
class RejectedReturnsFunctionalTest {

	private static final Path GOOD_RETURN_FOLDER = Samples.INBOX.resolve("bcf").resolve("2016-17");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private Cli.Result run;

	@BeforeAll
	void ingestTheRejectsBesideGoodReturns() throws IOException {
		List<String> args = new ArrayList<>(List.of("ingest", Samples.AREAS.toString(), Samples.PROVIDERS.toString()));
		manifest().forEach(row -> args.add(Samples.REJECTS.resolve((String) row.get()[0]).toString()));
		args.add(GOOD_RETURN_FOLDER.toString());
		run = Cli.run(context, args.toArray(String[]::new));
	}

	@Test
	void theRunSaysSomeWereRejectedAndLoadsTheGoodOnes() {
		assertThat(run.exitCode()).as(run.out()).isEqualTo(3);
		assertThat(run.out()).contains("LOADED").doesNotContain("FAILED");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM submission WHERE status = 'ACCEPTED' " + "AND return_type = 'BCF_QUARTERLY'",
				Integer.class))
			.isPositive();
	}

	@Test
	void rejectedFilesLeaveNoFactsBehind() {
		for (String table : List.of("metric_fact", "income_expenditure_fact", "savings_scheme_fact", "bcf_cover",
				"narrative_fact", "area", "dtoc_fact", "ae_fact")) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " t JOIN submission s ON s.id = "
					+ "t.submission_id WHERE s.status = 'REJECTED'", Integer.class))
				.as(table)
				.isZero();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("manifest")
	void eachBadReturnGetsTheFindingItsRuleNames(String file, Map<String, String> expected) {
		assertThat(run.out()).contains("REJECTED    " + Samples.REJECTS.resolve(file));
		List<Map<String, Object>> findings = jdbc.queryForList("""
				SELECT fi.level, fi.sheet, fi.row_number, fi.column_name, fi.cell_value, fi.rule, fi.message
				FROM finding fi JOIN submission s ON s.id = fi.submission_id
				JOIN received_file f ON f.id = s.received_file_id
				WHERE f.file_name = ? AND s.status = 'REJECTED' AND fi.severity = 'ERROR'""", file);
		assertThat(findings).as(file + " findings").anySatisfy(f -> {
			assertThat(f.get("RULE")).isEqualTo(expected.get("rule"));
			assertThat(f.get("LEVEL")).isEqualTo(expected.get("level"));
			assertThat(blankIfNull(f.get("SHEET"))).isEqualTo(expected.get("sheet"));
			assertThat(blankIfNull(f.get("ROW_NUMBER"))).isEqualTo(expected.get("row"));
			assertThat(blankIfNull(f.get("COLUMN_NAME"))).isEqualTo(expected.get("column"));
			assertThat(blankIfNull(f.get("CELL_VALUE"))).isEqualTo(expected.get("value"));
			assertThat((String) f.get("MESSAGE")).isNotBlank();
		});
	}

	static List<Arguments> manifest() throws IOException {
		try (Reader reader = Files.newBufferedReader(Samples.REJECTS.resolve("manifest.csv"))) {
			return CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.stream()
				.map(r -> Arguments.of(r.get("file"), r.toMap()))
				.toList();
		}
	}

	private static String blankIfNull(Object value) {
		return value == null ? "" : value.toString();
	}

}
