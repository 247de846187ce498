package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.cli.Cli;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
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
 * Every real published file under {@code samples/real}, ingested unmodified into a fresh
 * warehouse as a new user would: each loads (warnings only), and the 2016-17 Q3 workbook
 * shows October 2016's national figures.
 */
@SpringBootTest
@TestInstance(Lifecycle.PER_CLASS)
class RealFilesFunctionalTest {

	private static final Path REAL = Samples.ROOT.resolve("real");

	private static Path home;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		home = TestHome.register(registry);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private Cli.Result ingest;

	@BeforeAll
	void ingestTheRealFiles() {
		ingest = Cli.run(context, "ingest", Samples.AREAS.toString(), REAL.toString());
	}

	@Test
	void everyRealFileLoadsWithWarningsAtMost() throws IOException {
		assertThat(ingest.exitCode()).as(ingest.out()).isZero();
		try (Stream<Path> files = Files.walk(REAL)) {
			List<String> data = files.filter(f -> !f.getFileName().toString().endsWith(".md"))
				.filter(Files::isRegularFile)
				.map(f -> f.getFileName().toString())
				.toList();
			assertThat(data).hasSize(27);
			for (String name : data) {
				assertThat(ingest.out()).as(name)
					.containsPattern("(LOADED|SUPERSEDES) +\\S*" + name.replace(".", "\\."));
			}
		}
		assertThat(ingest.out()).doesNotContain("REJECTED").doesNotContain("FAILED");
	}

	@Test
	void theThirdQuarterOf2016ShowsOctobersNationalFigures() throws IOException {
		Cli.Result report = Cli.run(context, "report", "--quarter", "2016-17Q3");
		assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
		Path workbook = home.resolve("reports").resolve("joinedup-quarterly-2016-17-Q3.xlsx");
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertThat(rows(book.getTable("DelayedDaysByMonth")))
				.anySatisfy(row -> assertThat(row).containsSubsequence("Oct 2016", "114,651", "69,863", "15,581"));
			assertThat(rows(book.getTable("EmergencyAdmissions")))
				.anySatisfy(row -> assertThat(row).containsSubsequence("Oct 2016", "492,983"));
			List<List<String>> authorities = rows(book.getTable("DelayedDaysByLocalAuthority"));
			assertThat(authorities).as("every local authority of the October 2016 LA workbook, placed or not")
				.hasSize(jdbc.queryForObject("SELECT COUNT(DISTINCT f.la_code) FROM dtoc_la_fact f"
						+ " JOIN submission s ON s.id = f.submission_id WHERE s.status = 'ACCEPTED'"
						+ " AND f.period_month = DATE '2016-10-01'", Integer.class))
				.anySatisfy(row -> assertThat(row.get(2)).as("placed by the areas reference").isEqualTo("E06000001"))
				.anySatisfy(row -> assertThat(row.get(2)).as("not in the 12-area sample reference").isEmpty());
		}
	}

	private static List<List<String>> rows(XSSFTable table) {
		XSSFSheet sheet = table.getXSSFSheet();
		DataFormatter format = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex() - table.getTotalsRowCount(); r++) {
			List<String> cells = new ArrayList<>();
			for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
				cells.add(sheet.getRow(r).getCell(c) == null ? "" : format.formatCellValue(sheet.getRow(r).getCell(c)));
			}
			rows.add(cells);
		}
		return rows;
	}

}
