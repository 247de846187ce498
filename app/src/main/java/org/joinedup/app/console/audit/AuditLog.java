package org.joinedup.app.console.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Every action taken in the console, kept in the warehouse ({@code console_audit}),
 * whether it succeeded or was refused.
 */
@Component
public class AuditLog {

	private static final int OUTCOME_LENGTH = 2000;

	private static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(rs.getLong(1),
			rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4), rs.getString(5),
			rs.getObject(6, Long.class), rs.getString(7));

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String username, String action, String target, Long jobExecutionId, String outcome) {
		jdbc.update("""
				INSERT INTO console_audit (at, username, action, target, job_execution_id, outcome)
				VALUES (?, ?, ?, ?, ?, ?)""", Timestamp.valueOf(LocalDateTime.now()), username, action, target,
				jobExecutionId, outcome.length() <= OUTCOME_LENGTH ? outcome : outcome.substring(0, OUTCOME_LENGTH));
	}

	/** What was done to one job execution, or started it, oldest first. */
	public List<AuditEntry> ofExecution(long jobExecutionId) {
		return jdbc.query("""
				SELECT id, at, username, action, target, job_execution_id, outcome FROM console_audit
				WHERE job_execution_id = ? ORDER BY id""", ENTRY, jobExecutionId);
	}

	public List<AuditEntry> recent(int limit) {
		return jdbc.query("""
				SELECT id, at, username, action, target, job_execution_id, outcome FROM console_audit
				ORDER BY id DESC FETCH FIRST ? ROWS ONLY""", ENTRY, limit);
	}

}
