package org.joinedup.transform.submission;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;
import static org.joinedup.warehouse.SubmissionStatus.LOADING;
import static org.joinedup.warehouse.SubmissionStatus.REJECTED;
import static org.joinedup.warehouse.SubmissionStatus.SUPERSEDED;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;
import org.joinedup.warehouse.period.FinancialMonth;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The file registry and the submissions made from it: which bytes arrived (by sha256),
 * what each became (LOADING, ACCEPTED, SUPERSEDED, REJECTED) and the findings that
 * explain it.
 */
public class SubmissionStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public SubmissionStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The outcome of a file received before, if its bytes were seen and decided on (not
	 * still loading).
	 */
	public Optional<EarlierSubmission> decidedSubmissionOf(String sha256) {
		return jdbc
			.query("""
					SELECT s.id, s.status, f.file_name FROM submission s JOIN received_file f ON f.id = s.received_file_id
					WHERE f.sha256 = ? AND NOT %s ORDER BY s.id"""
				.formatted(LOADING.of("s")),
					(rs, i) -> new EarlierSubmission(rs.getLong(1), SubmissionStatus.valueOf(rs.getString(2)),
							rs.getString(3)),
					sha256)
			.stream()
			.findFirst();
	}

	/**
	 * Registers the bytes of a file, or returns the registration of the same bytes made
	 * before.
	 */
	public long registerFile(String sha256, String fileName, String path, long sizeBytes) {
		List<Long> existing = jdbc.queryForList("SELECT id FROM received_file WHERE sha256 = ?", Long.class, sha256);
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		return insert("""
				INSERT INTO received_file (sha256, file_name, path, size_bytes, received_at) VALUES (?, ?, ?, ?, ?)""",
				sha256, fileName, path, sizeBytes, now());
	}

	/**
	 * Records a submission as LOADING (facts to follow) or REJECTED, with its findings.
	 */
	public long open(long receivedFileId, MappedReturn mapped, Long jobExecutionId) {
		SubmissionKey key = mapped.key();
		var quarter = key.quarter();
		long id = insert("""
				INSERT INTO submission (received_file_id, return_type, org_code, org_name, fin_year, quarter,
				    period_month, status, job_execution_id, received_at, decided_at, row_count, error_count,
				    warning_count)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", receivedFileId, key.type().name(), key.orgCode(),
				key.orgName(), quarter == null ? null : quarter.finYear(), quarter == null ? null : quarter.quarter(),
				key.month() == null ? null : key.month().firstDay(), (mapped.rejected() ? REJECTED : LOADING).name(),
				jobExecutionId, now(), mapped.rejected() ? now() : null, mapped.facts().size(), mapped.errorCount(),
				mapped.warningCount());
		String fileName = jdbc.queryForObject("SELECT file_name FROM received_file WHERE id = ?", String.class,
				receivedFileId);
		jdbc.batchUpdate("""
				INSERT INTO finding (submission_id, level, severity, file_name, sheet, row_number, column_name,
				    cell_value, rule, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				mapped.findings().stream().map(f -> findingRow(id, f, fileName)).toList());
		return id;
	}

	/**
	 * Makes a loaded submission the current one for its key, superseding the one before.
	 * Run it in the same transaction as nothing else: it is the moment the return becomes
	 * visible to reports.
	 * @return the id of the submission it superseded, if any
	 */
	public Optional<Long> accept(long submissionId) {
		List<Long> previous = jdbc.queryForList("""
				SELECT p.id FROM submission p JOIN submission s ON s.id = ?
				WHERE %s AND p.id <> s.id AND p.return_type = s.return_type
				  AND COALESCE(p.org_code, '') = COALESCE(s.org_code, '')
				  AND COALESCE(p.fin_year, 0) = COALESCE(s.fin_year, 0)
				  AND COALESCE(p.quarter, 0) = COALESCE(s.quarter, 0)
				  AND COALESCE(p.period_month, DATE '1900-01-01') = COALESCE(s.period_month, DATE '1900-01-01')"""
			.formatted(ACCEPTED.of("p")), Long.class, submissionId);
		for (Long id : previous) {
			jdbc.update("UPDATE submission SET status = ?, superseded_by = ? WHERE id = ?", SUPERSEDED.name(),
					submissionId, id);
		}
		jdbc.update("UPDATE submission SET status = ?, decided_at = ? WHERE id = ? AND status = ?", ACCEPTED.name(),
				now(), submissionId, LOADING.name());
		return previous.stream().findFirst();
	}

	public SubmissionSummary summary(long submissionId) {
		return find(submissionId).orElseThrow(() -> new IllegalStateException("No submission " + submissionId));
	}

	/** The submission, if it exists: one a failed load made is rolled back with it. */
	public Optional<SubmissionSummary> find(long submissionId) {
		return jdbc
			.query("""
					SELECT s.id, s.return_type, s.org_code, s.org_name, s.fin_year, s.quarter, s.status, s.row_count,
					       s.error_count, s.warning_count, f.file_name, s.period_month
					FROM submission s JOIN received_file f ON f.id = s.received_file_id WHERE s.id = ?""",
					(rs, n) -> new SubmissionSummary(rs.getLong(1), ReturnType.valueOf(rs.getString(2)),
							rs.getString(3), rs.getString(4),
							rs.getObject(5) == null ? null : new FinancialQuarter(rs.getInt(5), rs.getInt(6)),
							rs.getDate(12) == null ? null : FinancialMonth.of(rs.getDate(12).toLocalDate()),
							SubmissionStatus.valueOf(rs.getString(7)), rs.getInt(8), rs.getInt(9), rs.getInt(10),
							rs.getString(11)),
					submissionId)
			.stream()
			.findFirst();
	}

	/** The submission's findings, errors first, in the order they were found. */
	public List<Finding> findings(long submissionId) {
		return jdbc.query("""
				SELECT level, severity, file_name, sheet, row_number, column_name, cell_value, rule, message
				FROM finding WHERE submission_id = ? ORDER BY CASE severity WHEN 'ERROR' THEN 0 ELSE 1 END, id""",
				(rs, n) -> new Finding(Level.valueOf(rs.getString(1)), Severity.valueOf(rs.getString(2)),
						rs.getString(3), rs.getString(4), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7),
						rs.getString(8), rs.getString(9)),
				submissionId);
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	private static Object[] findingRow(long submissionId, Finding f, String fileName) {
		return new Object[] { submissionId, f.level().name(), f.severity().name(),
				Objects.requireNonNullElse(f.file(), fileName), f.sheet(), f.row(), f.column(), fitted(f.value(), 1000),
				f.rule(), fitted(f.message(), 2000) };
	}

	/**
	 * A finding's own text, within its column (a finding shows a cell's first 1,000
	 * characters).
	 */
	private static String fitted(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private long insert(String sql, Object... args) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement ps = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				Object arg = args[i];
				ps.setObject(i + 1, arg instanceof java.time.LocalDate d ? Date.valueOf(d) : arg);
			}
			return ps;
		}, keys);
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

}
