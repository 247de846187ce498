package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.joinedup.app.cli.Cli;
import org.joinedup.app.nightly.NightlyGuard;
import org.joinedup.app.testing.ExpectedFigures;
import org.joinedup.app.testing.Postgres;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.joinedup.ingest.workbook.WorkbookEngine;
import org.junit.jupiter.api.AfterAll;
import org.postgresql.core.BaseConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code postgres} profile on the real server at 127.0.0.1:5432: the same migrations,
 * ingest and report, on a database of its own, with every workbook read by POI's
 * usermodel, and the console's pages over it. Skipped with a message when no server
 * answers, unless {@code JOINEDUP_REQUIRE_POSTGRES=true} (CI), where it fails instead.
 */
@SpringBootTest(properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@TestInstance(Lifecycle.PER_CLASS)
@EnabledIf(value = "org.joinedup.app.testing.Postgres#serverAnswersOrIsRequired",
		disabledReason = "no PostgreSQL server answers at 127.0.0.1:5432 (set JOINEDUP_REQUIRE_POSTGRES=true to fail instead)")
class PostgresFunctionalTest {

	/** A database of this run's own, dropped when the class is done. */
	private static String database;

	private static Path home;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws SQLException {
		home = TestHome.register(registry);
		database = Postgres.createDatabase();
		registry.add("spring.datasource.url", () -> database);
		registry.add("spring.datasource.username", () -> Postgres.USER);
		registry.add("joinedup.inbox", Samples.INBOX::toString);
		// every workbook loaded whole here, streamed elsewhere: both engines must give
		// the same figures
		registry.add("joinedup.ingest.workbook-engine", () -> "usermodel");
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		Postgres.dropDatabase(database);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NightlyGuard guard;

	@Autowired
	JoinedupProperties properties;

	@Autowired
	MockMvc mvc;

	private Cli.Result nightly;

	@BeforeAll
	void runTheNightly() {
		nightly = Cli.run(context, "nightly");
	}

	@Test
	void theNightlyGuardRefusesASecondNightlyOnPostgres() throws Exception {
		try (var first = guard.tryAcquire().orElseThrow()) {
			assertThat(guard.tryAcquire()).as("a second claim, on a connection of its own").isEmpty();
		}
		try (var afterwards = guard.tryAcquire().orElseThrow()) {
			assertThat(afterwards).isNotNull();
		}
	}

	@Test
	void nightlyOnPostgresWithTheUsermodelEngineGivesTheSameFigures() throws Exception {
		assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
		assertThat(properties.ingest().workbookEngine()).isEqualTo(WorkbookEngine.USERMODEL);
		assertThat(nightly.exitCode()).as(nightly.out()).isZero();
		for (Path expected : ExpectedFigures.files()) {
			ExpectedFigures.assertNamedCells(ExpectedFigures.report(home.resolve("reports"), expected), expected);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'",
				Integer.class))
			.isPositive();
	}

	@Test
	void factsAreSentAsMultiRowInsertsThoughTheUrlDoesNotAskForThem() {
		assertThat(database).doesNotContain("reWriteBatchedInserts");
		Boolean rewritten = jdbc.execute((Connection connection) -> connection.unwrap(BaseConnection.class)
			.getQueryExecutor()
			.isReWriteBatchedInsertsEnabled());
		assertThat(rewritten).isTrue();
	}

	@Test
	void adminCommandsReadTheRunHistoryOnPostgres() {
		Cli.Result jobs = Cli.run(context, "jobs", "--status", "completed", "--limit", "3");
		assertThat(jobs.exitCode()).as(jobs.err()).isZero();
		assertThat(jobs.out().lines()).hasSize(4);

		Cli.Result rejections = Cli.run(context, "rejections");
		assertThat(rejections.exitCode()).as(rejections.err()).isZero();
		Cli.Result oneFile = Cli.run(context, "rejections", "--file", "nothing-by-this-name.xlsx");
		assertThat(oneFile.exitCode()).isEqualTo(2);

		Cli.Result backfill = Cli.run(context, "backfill", "--from", "2016-17 Q4", "--to", "2016-17 Q4", "--dry-run");
		assertThat(backfill.out()).containsPattern("2016-17 Q4 +no +up to date");
		Cli.Result submissions = Cli.run(context, "submissions", "--quarter", "2016-17 Q4");
		assertThat(submissions.out()).contains("Non-submitters (0)");
	}

	@Test
	void theConsolesPagesAndDownloadsWorkOnPostgres() throws Exception {
		List<String> pages = List.of("/runs", "/runs?job=ingestFile&status=COMPLETED&from=2000-01-01&to=2100-01-01",
				"/runs?file=hartlepool&quarter=2016-17 Q4", "/runs?status=FAILED", "/runs?page=2", "/quarters",
				"/returns?quarter=2016-17 Q4", "/returns/non-submitters?quarter=2016-17 Q4", "/upload", "/schedule");
		for (String page : pages) {
			mvc.perform(get(page).with(user("pg").roles("ADMIN", "SUBMITTER", "VIEWER"))).andExpect(status().isOk());
		}
		long execution = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution", Long.class);
		long submission = jdbc.queryForObject("SELECT MIN(submission_id) FROM finding", Long.class);
		for (String page : List.of("/runs/" + execution, "/returns/files/" + submission,
				"/returns/files/" + submission + "/findings.xlsx", "/quarters/2016-17-Q4/workbook")) {
			mvc.perform(get(page).with(user("pg").roles("VIEWER"))).andExpect(status().isOk());
		}
		assertThat(Cli.run(context, "users", "add", "pg-admin", "--role", "ADMIN", "--password", "a postgres password")
			.exitCode()).isZero();
		assertThat(Cli.run(context, "users", "list").out()).containsPattern("pg-admin\\s+ADMIN");
	}

}
