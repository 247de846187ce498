package org.joinedup.app.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.joinedup.app.testing.Postgres;
import org.joinedup.warehouse.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine.Command;

/**
 * A command that only reads the warehouse skips Flyway when the warehouse is at the
 * latest migration, and migrates it otherwise; every other command migrates, and so
 * validates, in full. On H2 and, when its server answers, PostgreSQL.
 */
class OneMigrationAtATimeTest {

	private static final List<String> JOBS = List.of("jobs", "--limit", "1");

	private static final List<String> NIGHTLY = List.of("nightly");

	@TempDir
	Path home;

	private String postgresUrl;

	@AfterEach
	void dropDatabase() throws SQLException {
		if (postgresUrl != null) {
			Postgres.dropDatabase(postgresUrl);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aReadOnlyCommandOnAnUpToDateWarehouseDoesNotMigrate(String vendor) throws SQLException {
		Flyway flyway = warehouse(vendor, null);
		flyway.migrate();
		Flyway watched = spy(flyway);
		new OneMigrationAtATime(home, JOBS).migrate(watched);
		verify(watched, never()).migrate();
		verify(watched, never()).validate();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aReadOnlyCommandOnAFreshWarehouseMigratesIt(String vendor) throws SQLException {
		Flyway flyway = warehouse(vendor, null);
		new OneMigrationAtATime(home, JOBS).migrate(flyway);
		assertThat(latestApplied(flyway)).isEqualTo(Migrations.LATEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aReadOnlyCommandOnAnOlderWarehouseMigratesIt(String vendor) throws SQLException {
		warehouse(vendor, "11").migrate();
		Flyway flyway = warehouse(vendor, null);
		assertThat(latestApplied(flyway)).isEqualTo("11");
		new OneMigrationAtATime(home, List.of("--spring.main.banner-mode=off", "jobs", "show", "1")).migrate(flyway);
		assertThat(latestApplied(flyway)).isEqualTo(Migrations.LATEST);
	}

	/**
	 * An applied migration changed since (its checksum no longer the file's): only a full
	 * migrate notices, so a read-only command starts and a writing one does not.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aWritingCommandStillValidates(String vendor) throws SQLException {
		Flyway flyway = warehouse(vendor, null);
		flyway.migrate();
		jdbc(flyway).update("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '2'");
		new OneMigrationAtATime(home, JOBS).migrate(flyway);
		assertThatExceptionOfType(FlywayValidateException.class)
			.isThrownBy(() -> new OneMigrationAtATime(home, NIGHTLY).migrate(flyway));
	}

	@Test
	void aFailedMigrationIsNotUpToDate() throws SQLException {
		Flyway flyway = warehouse("h2", null);
		flyway.migrate();
		assertThat(OneMigrationAtATime.isUpToDate(flyway.getConfiguration())).isTrue();
		jdbc(flyway).update("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '12'");
		assertThat(OneMigrationAtATime.isUpToDate(flyway.getConfiguration())).isFalse();
	}

	@Test
	void aWarehouseWithNoHistoryIsNotUpToDate() throws SQLException {
		assertThat(OneMigrationAtATime.isUpToDate(warehouse("h2", null).getConfiguration())).isFalse();
	}

	@Test
	void onlyTheReadingCommandsAreReadOnly() {
		assertThat(OneMigrationAtATime.isReadOnly(JOBS)).isTrue();
		assertThat(OneMigrationAtATime.isReadOnly(List.of("jobs", "show", "12"))).isTrue();
		assertThat(OneMigrationAtATime.isReadOnly(List.of("--spring.profiles.active=postgres", "--joinedup.home=/tmp/x",
				"submissions", "--quarter", "2016-17 Q4")))
			.isTrue();
		assertThat(OneMigrationAtATime.isReadOnly(List.of("rejections", "--quarter", "2016-17 Q4"))).isTrue();
		for (String writing : List.of("ingest", "nightly", "report", "serve", "restart", "rerun", "recover",
				"backfill")) {
			assertThat(OneMigrationAtATime.isReadOnly(List.of(writing, "jobs"))).as(writing).isFalse();
		}
		assertThat(OneMigrationAtATime.isReadOnly(List.of())).isFalse();
		assertThat(OneMigrationAtATime.isReadOnly(List.of("--help"))).isFalse();
		assertThat(OneMigrationAtATime.isReadOnly(List.of("--limit", "1", "jobs"))).isFalse();
	}

	/** The read-only commands are joinedup's commands, by the names it knows them by. */
	@Test
	void everyReadOnlyCommandIsACommand() throws ClassNotFoundException {
		Command joinedup = Class.forName("org.joinedup.app.cli.JoinedupCommand").getAnnotation(Command.class);
		List<String> commands = Arrays.stream(joinedup.subcommands())
			.map((command) -> command.getAnnotation(Command.class).name())
			.toList();
		assertThat(commands).containsAll(OneMigrationAtATime.READ_ONLY_COMMANDS);
	}

	/**
	 * joinedup's migrations on a new warehouse of {@code vendor}, up to {@code target}.
	 */
	private Flyway warehouse(String vendor, String target) throws SQLException {
		String url;
		String user;
		if (vendor.equals("postgresql")) {
			assumeTrue(Postgres.serverAnswersOrIsRequired(), "PostgreSQL server");
			if (postgresUrl == null) {
				postgresUrl = Postgres.createDatabase();
			}
			url = postgresUrl;
			user = Postgres.USER;
		}
		else {
			url = "jdbc:h2:file:" + home.resolve("warehouse");
			user = "sa";
		}
		return Flyway.configure()
			.dataSource(url, user, "")
			.locations("classpath:db/warehouse", "classpath:db/batch/" + vendor)
			.target((target != null) ? target : "latest")
			.load();
	}

	private static JdbcTemplate jdbc(Flyway flyway) {
		return new JdbcTemplate(flyway.getConfiguration().getDataSource());
	}

	private static String latestApplied(Flyway flyway) {
		return flyway.info().current().getVersion().getVersion();
	}

}
