package org.joinedup.app.warehouse;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts what the warehouse has committed on the disk before joinedup says it is done (a
 * file's {@code LOADED} line, a report's {@code REPORT} line), so that the line survives
 * a power cut as well as a killed process. H2 writes each commit to its file at once
 * ({@code WRITE_DELAY=0} in the URL) but leaves it in the operating system's cache until
 * {@code CHECKPOINT SYNC}; PostgreSQL has flushed its write-ahead log by the time a
 * commit returns ({@code synchronous_commit}, which the {@code postgres} profile sets on
 * for joinedup's sessions), so there it has nothing to do.
 */
@Component
public class DurableCommits {

	private final JdbcTemplate jdbc;

	private volatile Boolean embedded;

	DurableCommits(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void forceToDisk() {
		if (isEmbeddedH2()) {
			jdbc.execute("CHECKPOINT SYNC");
		}
	}

	private boolean isEmbeddedH2() {
		if (embedded == null) {
			embedded = "H2"
				.equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
		}
		return embedded;
	}

}
