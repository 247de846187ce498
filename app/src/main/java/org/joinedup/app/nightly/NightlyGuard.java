package org.joinedup.app.nightly;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The database-level guard that keeps two nightlies from overlapping, on one node or
 * several: a nightly holds the {@code nightly_lock} row in a transaction of its own for
 * as long as it runs. The database releases it when that transaction ends, even when the
 * holding process dies.
 */
@Component
public class NightlyGuard {

	private static final String CLAIM = "SELECT name FROM nightly_lock WHERE name = 'nightly' FOR UPDATE NOWAIT";

	private final DataSource dataSource;

	NightlyGuard(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The held lock, or empty when another nightly holds it now. */
	public Optional<Hold> tryAcquire() throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(false);
			try (Statement claim = connection.createStatement()) {
				claim.executeQuery(CLAIM).close();
			}
			return Optional.of(new Hold(connection));
		}
		catch (SQLException heldElsewhere) {
			release(connection);
			if (isLockNotAvailable(heldElsewhere)) {
				return Optional.empty();
			}
			throw heldElsewhere;
		}
	}

	/** PostgreSQL's lock_not_available; H2's lock timeout, which NOWAIT gives at once. */
	private static boolean isLockNotAvailable(SQLException e) {
		return "55P03".equals(e.getSQLState()) || "HYT00".equals(e.getSQLState());
	}

	private static void release(Connection connection) throws SQLException {
		try (connection) {
			connection.rollback();
		}
	}

	/** A held nightly lock; closing it ends the holding transaction. */
	public static final class Hold implements AutoCloseable {

		private final Connection connection;

		private Hold(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void close() throws SQLException {
			release(connection);
		}

	}

}
