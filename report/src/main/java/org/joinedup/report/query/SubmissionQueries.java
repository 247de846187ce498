package org.joinedup.report.query;

import java.util.List;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The files a quarter's Data quality lists ({@link DataQualityScope}), whatever became of
 * them (returns still loading are left out).
 */
public class SubmissionQueries {

	private final NamedParameterJdbcTemplate jdbc;

	public SubmissionQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<SubmissionRow> of(DataQualityScope scope) {
		return jdbc.query(
				"""
						SELECT s.id, s.return_type, s.org_code, s.org_name, s.status, rf.file_name, s.received_at,
						       (SELECT COUNT(*) FROM finding f WHERE f.submission_id = s.id) AS finding_count,
						       (SELECT f.message FROM finding f WHERE f.submission_id = s.id
						         AND f.id = (SELECT MIN(f2.id) FROM finding f2 WHERE f2.submission_id = s.id)) AS first_finding,
						       s.period_month
						FROM submission s JOIN received_file rf ON rf.id = s.received_file_id
						WHERE %s
						ORDER BY s.return_type, s.org_code, s.period_month, s.received_at, s.id"""
					.formatted(scope.condition("s")),
				scope.parameters(),
				(rs, i) -> new SubmissionRow(rs.getLong(1), ReturnType.valueOf(rs.getString(2)), Columns.code(rs, 3),
						rs.getString(4), SubmissionStatus.valueOf(rs.getString(5)), rs.getString(6),
						Columns.dateTime(rs, 7), rs.getInt(8), rs.getString(9),
						rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate()));
	}

}
