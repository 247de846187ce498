package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Expenditure from the Income and Expenditure sheets. Each return restates the year so
 * far, so for each area, quarter k and figure the value comes from the latest accepted
 * return of the year (reporting quarter up to the report's quarter) that carries that
 * figure.
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

	public Map<String, Spend> yearToDate(FinancialQuarter quarter) {
		Map<String, BigDecimal> planned = sumOfLatest(Figure.PLANNED, quarter);
		Map<String, BigDecimal> actual = sumOfLatest(Figure.ACTUAL, quarter);
		Set<String> areas = new HashSet<>(planned.keySet());
		areas.addAll(actual.keySet());
		Map<String, Spend> spend = new HashMap<>();
		for (String area : areas) {
			spend.put(area,
					new Spend(planned.getOrDefault(area, BigDecimal.ZERO), actual.getOrDefault(area, BigDecimal.ZERO)));
		}
		return spend;
	}

	private Map<String, BigDecimal> sumOfLatest(Figure figure, FinancialQuarter quarter) {
		Map<String, BigDecimal> byArea = new HashMap<>();
		jdbc.query(
				"""
						SELECT latest.area_code, SUM(latest.amount) FROM (
						  SELECT f.area_code, f.%1$s AS amount,
						         ROW_NUMBER() OVER (PARTITION BY f.area_code, f.quarter ORDER BY s.quarter DESC, s.id DESC) AS rn
						  FROM income_expenditure_fact f JOIN submission s ON s.id = f.submission_id
						  WHERE %2$s AND %3$s AND %4$s AND %5$s
						    AND f.%1$s IS NOT NULL
						) latest
						WHERE latest.rn = 1
						GROUP BY latest.area_code"""
					.formatted(figure.column, ReturnType.BCF_QUARTERLY.of("s"), ACCEPTED.of("s"),
							SubmissionSql.yearToDate("s"), SubmissionSql.yearToDate("f")),
				SubmissionSql.quarter(quarter), rs -> {
					byArea.put(Columns.code(rs, 1), rs.getBigDecimal(2));
				});
		return byArea;
	}

}
