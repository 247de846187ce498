package org.joinedup.app.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * The process that opened an H2 warehouse serves it to the joinedup processes started
 * beside it (AUTO_SERVER), and H2 closes the database when that process exits, under
 * their running statements ("Database is already closed"). So before its connections
 * close, it waits for theirs to end, up to a limit; then they reconnect to a new server
 * and go on.
 */
@Component
class OtherProcessesFirst {

	static final Duration LIMIT = Duration.ofSeconds(60);

	private static final Duration POLL = Duration.ofMillis(100);

	private final DataSource dataSource;

	OtherProcessesFirst(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@PreDestroy
	void awaitTheirSessions() throws InterruptedException {
		Instant until = Instant.now().plus(LIMIT);
		while (otherProcessesSessions() > 0 && Instant.now().isBefore(until)) {
			Thread.sleep(POLL.toMillis());
		}
	}

	/**
	 * Sessions of other processes served by this one; 0 on PostgreSQL, in a process that
	 * is itself served by another (its own sessions are remote too: it would wait for
	 * itself), or on any error.
	 */
	int otherProcessesSessions() {
		try (Connection connection = dataSource.getConnection()) {
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
				return 0;
			}
			try (Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery("""
					SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL
					AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.SESSIONS
					                WHERE SESSION_ID = SESSION_ID() AND SERVER IS NOT NULL)""")) {
				count.next();
				return count.getInt(1);
			}
		}
		catch (SQLException closedOrRemote) {
			return 0;
		}
	}

}
