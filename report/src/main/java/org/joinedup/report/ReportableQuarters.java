package org.joinedup.report;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which quarters can be reported, and a fingerprint of the warehouse rows a quarter's workbook is made from, so
 * that a nightly run can report only the quarters whose data changed (and identify a report job by it).
 */
public final class ReportableQuarters {

	private final JdbcTemplate jdbc;

	public ReportableQuarters(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Quarters for which any BCF return was received, whatever became of it; oldest first. */
	public List<ReportQuarter> withReturns() {
		return jdbc.query("""
				SELECT DISTINCT fin_year, quarter FROM submission
				WHERE return_type = 'BCF_QUARTERLY' AND fin_year IS NOT NULL AND quarter BETWEEN 1 AND 4
				ORDER BY fin_year, quarter""", (rs, i) -> new ReportQuarter(rs.getInt(1), rs.getInt(2)));
	}

	/**
	 * Changes whenever a return of the quarter's year to date, an episodes extract of the quarter, the areas
	 * reference or an undated file is received or changes status. Equal fingerprints mean an identical workbook apart from the run and time on Notes.
	 */
	public String stateOf(ReportQuarter quarter) {
		return jdbc.queryForObject("""
				SELECT COUNT(*), MAX(s.id),
				       SUM(CASE WHEN s.status = 'ACCEPTED' THEN 1 ELSE 0 END),
				       SUM(CASE WHEN s.status = 'REJECTED' THEN 1 ELSE 0 END),
				       SUM(CASE WHEN s.status = 'SUPERSEDED' THEN 1 ELSE 0 END)
				FROM submission s
				WHERE (s.return_type IN ('BCF_QUARTERLY', 'DTOC_MONTHLY', 'AE_MONTHLY')
				       AND s.fin_year = ? AND s.quarter BETWEEN 1 AND ?)
				   OR (s.return_type = 'EPISODES' AND s.fin_year = ? AND s.quarter = ?)
				   OR s.return_type = 'AREAS_REFERENCE'
				   OR (s.fin_year IS NULL AND s.quarter IS NULL AND s.period_month IS NULL)""",
				(rs, i) -> quarter.fileSlug() + ":" + rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/"
						+ rs.getLong(4) + "/" + rs.getLong(5),
				quarter.finYear(), quarter.quarter(), quarter.finYear(), quarter.quarter());
	}
}
