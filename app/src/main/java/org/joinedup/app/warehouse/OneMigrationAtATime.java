package org.joinedup.app.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.cli.BeforeSpring;
import org.joinedup.warehouse.Migrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the warehouse holding a file lock in {@code joinedup.home}, so that processes
 * started together on one H2 warehouse migrate it one after another: the others wait,
 * then find it migrated. H2 ends a transaction at each DDL statement, so Flyway's own
 * lock would let two of them run one migration at once (PostgreSQL's keeps them apart
 * already).
 * <p>
 * A command that only reads the warehouse ({@link #READ_ONLY_COMMANDS}) skips Flyway's
 * migrate, and so its validation of every packaged migration, when the warehouse's schema
 * history already ends at {@link Migrations#LATEST} with none failed: one query instead
 * of a class path scan. Any other warehouse (new, older, or with a failed migration) is
 * migrated whatever the command, and every command that writes migrates (and validates)
 * in full.
 */
@Component
class OneMigrationAtATime implements FlywayMigrationStrategy {

	static final String LOCK_FILE = "warehouse.migration.lock";

	/**
	 * The commands that only read the warehouse, by their first word ({@code jobs} with
	 * {@code jobs show}).
	 */
	static final Set<String> READ_ONLY_COMMANDS = Set.of("jobs", "submissions", "rejections");

	private static final Log logger = LogFactory.getLog(OneMigrationAtATime.class);

	private final Path home;

	private final boolean readOnlyCommand;

	@Autowired
	OneMigrationAtATime(JoinedupProperties properties, ObjectProvider<ApplicationArguments> arguments) {
		this(properties.home(),
				arguments.stream().findFirst().map((args) -> List.of(args.getSourceArgs())).orElse(List.of()));
	}

	/** Migrating under {@code home} for the command line {@code args}. */
	OneMigrationAtATime(Path home, List<String> args) {
		this.home = home;
		this.readOnlyCommand = isReadOnly(args);
	}

	/**
	 * Whether the command line names a command that only reads: its first word past
	 * Spring's own options.
	 */
	static boolean isReadOnly(List<String> args) {
		return Arrays.stream(BeforeSpring.commandArgs(args.toArray(String[]::new)))
			.findFirst()
			.filter(READ_ONLY_COMMANDS::contains)
			.isPresent();
	}

	@Override
	public void migrate(Flyway flyway) {
		if (readOnlyCommand && isUpToDate(flyway.getConfiguration())) {
			logger.debug("Warehouse at migration " + Migrations.LATEST + ": not migrated for a read-only command");
			return;
		}
		try (FileChannel file = FileChannel.open(Files.createDirectories(home).resolve(LOCK_FILE),
				StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = file.lock()) {
			flyway.migrate();
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot lock " + home.resolve(LOCK_FILE) + " to migrate the warehouse", e);
		}
	}

	/**
	 * Whether the schema history's highest successful version is the latest packaged one
	 * and no migration has failed; false when there is no history yet.
	 */
	static boolean isUpToDate(Configuration flyway) {
		MigrationVersion latest = MigrationVersion.fromVersion(Migrations.LATEST);
		MigrationVersion highest = null;
		DataSource dataSource = flyway.getDataSource();
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet history = statement
					.executeQuery("SELECT \"version\", \"success\" FROM " + historyTable(flyway))) {
			while (history.next()) {
				String version = history.getString(1);
				if (!history.getBoolean(2)) {
					return false;
				}
				if (version != null) {
					MigrationVersion applied = MigrationVersion.fromVersion(version);
					highest = (highest == null || applied.isNewerThan(highest)) ? applied : highest;
				}
			}
		}
		catch (SQLException noHistoryYet) {
			return false;
		}
		return latest.equals(highest);
	}

	private static String historyTable(Configuration flyway) {
		String table = "\"" + flyway.getTable() + "\"";
		String schema = (flyway.getDefaultSchema() != null) ? flyway.getDefaultSchema()
				: (flyway.getSchemas().length > 0) ? flyway.getSchemas()[0] : null;
		return (schema != null) ? "\"" + schema + "\"." + table : table;
	}

}
