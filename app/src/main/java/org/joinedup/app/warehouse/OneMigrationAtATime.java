package org.joinedup.app.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.flywaydb.core.Flyway;
import org.joinedup.app.JoinedupProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the warehouse holding a file lock in {@code joinedup.home}, so that processes
 * started together on one H2 warehouse migrate it one after another: the others wait,
 * then find it migrated. H2 ends a transaction at each DDL statement, so Flyway's own
 * lock would let two of them run one migration at once (PostgreSQL's keeps them apart
 * already).
 */
@Component
class OneMigrationAtATime implements FlywayMigrationStrategy {

	static final String LOCK_FILE = "warehouse.migration.lock";

	private final Path home;

	OneMigrationAtATime(JoinedupProperties properties) {
		this.home = properties.home();
	}

	@Override
	public void migrate(Flyway flyway) {
		try (FileChannel file = FileChannel.open(Files.createDirectories(home).resolve(LOCK_FILE),
				StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = file.lock()) {
			flyway.migrate();
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot lock " + home.resolve(LOCK_FILE) + " to migrate the warehouse", e);
		}
	}

}
