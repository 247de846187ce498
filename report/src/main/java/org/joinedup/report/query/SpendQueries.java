package org.joinedup.report.query;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.joinedup.report.ReportQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Expenditure from the Income and Expenditure sheets. Each return restates the year so far, so for each area,
 * quarter k and figure the value comes from the latest accepted return of the year (reporting quarter up to
 * the report's quarter) that carries that figure.
 */
public class SpendQueries {

	private enum Figure {
		PLANNED("planned_expenditure"), ACTUAL("actual_expenditure");

		final String column;

		Figure(String column) {
			this.column = column;
		}
	}

	private final NamedParameterJdbcTemplate jdbc;

	public SpendQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, Spend> yearToDate(ReportQuarter quarter) {
		Map<String, BigDecimal> planned = sumOfLatest(Figure.PLANNED, quarter);
		Map<String, BigDecimal> actual = sumOfLatest(Figure.ACTUAL, quarter);
		Set<String> areas = new HashSet<>(planned.keySet());
		areas.addAll(actual.keySet());
		Map<String, Spend> spend = new HashMap<>();
		for (String area : areas) {
			spend.put(area, new Spend(planned.getOrDefault(area, BigDecimal.ZERO),
					actual.getOrDefault(area, BigDecimal.ZERO)));
		}
		return spend;
	}

	private Map<String, BigDecimal> sumOfLatest(Figure figure, ReportQuarter quarter) {
		Map<String, BigDecimal> byArea = new HashMap<>();
		jdbc.query("""
				SELECT latest.area_code, SUM(latest.amount) FROM (
				  SELECT f.area_code, f.%1$s AS amount,
				         ROW_NUMBER() OVER (PARTITION BY f.area_code, f.quarter ORDER BY s.quarter DESC, s.id DESC) AS rn
				  FROM income_expenditure_fact f JOIN submission s ON s.id = f.submission_id
				  WHERE s.return_type = 'BCF_QUARTERLY' AND s.status = 'ACCEPTED'
				    AND s.fin_year = :finYear AND s.quarter BETWEEN 1 AND :quarter
				    AND f.fin_year = :finYear AND f.quarter BETWEEN 1 AND :quarter
				    AND f.%1$s IS NOT NULL
				) latest
				WHERE latest.rn = 1
				GROUP BY latest.area_code""".formatted(figure.column), Params.of(quarter),
				rs -> {
					byArea.put(Columns.code(rs, 1), rs.getBigDecimal(2));
				});
		return byArea;
	}
}
