package org.joinedup.app.nightly;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The record of every nightly that started ({@code nightly_run}): when it started and
 * finished, its summary line, and while it runs, its progress. Any process sharing the
 * warehouse reads it, whichever process runs the nightly.
 */
@Component
public class NightlyRuns {

	private static final int TEXT_LENGTH = 1000;

	private static final RowMapper<NightlyRun> RUN = (rs, i) -> new NightlyRun(rs.getLong(1), rs.getString(2),
			rs.getTimestamp(3).toInstant(), Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant),
			Optional.ofNullable(rs.getString(5)), rs.getObject(6, Integer.class), rs.getObject(7, Integer.class),
			Optional.ofNullable(rs.getString(8)));

	private final JdbcTemplate jdbc;

	NightlyRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long start(String owner, Instant at) {
		jdbc.update("INSERT INTO nightly_run (owner, started_at) VALUES (?, ?)", owner, Timestamp.from(at));
		return jdbc.queryForObject("SELECT MAX(id) FROM nightly_run WHERE owner = ?", Long.class, owner);
	}

	/** How far the run has gone: {@code done} of {@code total} files, working on one. */
	void progress(long id, int done, int total, String current) {
		jdbc.update("UPDATE nightly_run SET files_done = ?, files_total = ?, current_file = ? WHERE id = ?", done,
				total, fitted(current), id);
	}

	void finish(long id, Instant at, String summary) {
		jdbc.update("UPDATE nightly_run SET finished_at = ?, summary = ?, current_file = NULL WHERE id = ?",
				Timestamp.from(at), fitted(summary), id);
	}

	/** The nightly that started last, running or not. */
	public Optional<NightlyRun> latest() {
		List<NightlyRun> runs = jdbc.query("""
				SELECT id, owner, started_at, finished_at, summary, files_total, files_done, current_file
				FROM nightly_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""", RUN);
		return runs.stream().findFirst();
	}

	/** The last nightly that finished. */
	public Optional<NightlyRun> lastFinished() {
		List<NightlyRun> runs = jdbc.query("""
				SELECT id, owner, started_at, finished_at, summary, files_total, files_done, current_file
				FROM nightly_run WHERE finished_at IS NOT NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""", RUN);
		return runs.stream().findFirst();
	}

	private static String fitted(String text) {
		return text == null || text.length() <= TEXT_LENGTH ? text : text.substring(0, TEXT_LENGTH);
	}

}
