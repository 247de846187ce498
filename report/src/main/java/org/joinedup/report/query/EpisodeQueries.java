package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;

import java.sql.Date;
import java.util.HashMap;
import java.util.Map;

import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Emergency admissions counted from the admitted patient episodes extracts (R6). */
public class EpisodeQueries {

	private final NamedParameterJdbcTemplate jdbc;

	public EpisodeQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Area code to its emergency admissions in the quarter, for the areas whose extracts
	 * cover all three of its months; each month's count comes from the latest accepted
	 * extract that has it.
	 */
	public Map<String, Long> emergencyAdmissions(FinancialQuarter quarter) {
		Map<String, Long> byArea = new HashMap<>();
		jdbc.query("""
				SELECT e.area_code, SUM(e.admissions)
				FROM episode_count e JOIN submission s ON s.id = e.submission_id
				WHERE %1$s AND e.method_group = 'EMERGENCY'
				  AND e.period_month BETWEEN :quarterStart AND :quarterEnd
				  AND NOT EXISTS (SELECT 1 FROM episode_count later JOIN submission ls ON ls.id = later.submission_id
				      WHERE %2$s AND ls.id > s.id AND later.area_code = e.area_code
				        AND later.period_month = e.period_month)
				GROUP BY e.area_code
				HAVING COUNT(DISTINCT e.period_month) = 3""".formatted(ACCEPTED.of("s"), ACCEPTED.of("ls")),
				SubmissionSql.quarter(quarter)
					.addValue("quarterStart", Date.valueOf(quarter.start()))
					.addValue("quarterEnd", Date.valueOf(quarter.end())),
				rs -> {
					byArea.put(Columns.code(rs, 1), rs.getLong(2));
				});
		return byArea;
	}

}
