package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;

import org.joinedup.app.cli.Cli;
import org.joinedup.app.nightly.NightlyGuard;
import org.joinedup.app.testing.ExpectedFigures;
import org.joinedup.app.testing.Postgres;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code postgres} profile on the real server at 127.0.0.1:5432: the same migrations, ingest and
 * report, on a database of its own. Skipped with a message when no server answers, unless
 * {@code JOINEDUP_REQUIRE_POSTGRES=true} (CI), where it fails instead.
 */
@SpringBootTest
@ActiveProfiles("postgres")
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
	void nightlyOnPostgresGivesTheSameFigures() throws Exception {
		assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");

		Cli.Result run = Cli.run(context, "nightly");

		assertThat(run.exitCode()).as(run.out()).isZero();
		for (Path expected : ExpectedFigures.files()) {
			ExpectedFigures.assertNamedCells(ExpectedFigures.report(home.resolve("reports"), expected), expected);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'",
				Integer.class)).isPositive();
	}
}
