package org.joinedup.report.query;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** National metrics (NEA, DTOC, RES, REA) for the year to date. */
public class MetricQueries {

	private final NamedParameterJdbcTemplate jdbc;

	public MetricQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Area code to metric code to totals over quarters 1..q of the year, each from that
	 * quarter's accepted return.
	 */
	public Map<String, Map<String, MetricTotals>> yearToDate(FinancialQuarter quarter) {
		Map<String, Map<String, MetricTotals>> byArea = new HashMap<>();
		jdbc.query("""
				SELECT m.area_code, m.metric_code, SUM(m.baseline), SUM(m.plan), SUM(m.actual),
				       SUM(m.numerator), SUM(m.denominator)
				FROM metric_fact m JOIN submission s ON s.id = m.submission_id
				WHERE """ + SubmissionSql.currentQuarterlyReturn(ReturnType.BCF_QUARTERLY, "s") + """
				 AND s.fin_year = :finYear AND s.quarter BETWEEN 1 AND :quarter
				GROUP BY m.area_code, m.metric_code""", SubmissionSql.quarter(quarter), rs -> {
			byArea.computeIfAbsent(Columns.code(rs, 1), k -> new HashMap<>())
				.put(rs.getString(2), new MetricTotals(rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
						rs.getBigDecimal(6), rs.getBigDecimal(7)));
		});
		return byArea;
	}

	/**
	 * For each quarter of the year to date, the areas whose current return has the
	 * metric's actual, and the sum of those actuals.
	 */
	public Map<Integer, AreasTotal> actualsByQuarter(FinancialQuarter quarter, String metricCode) {
		Map<Integer, AreasTotal> byQuarter = new HashMap<>();
		jdbc.query("""
				SELECT s.quarter, COUNT(m.actual), SUM(m.actual)
				FROM metric_fact m JOIN submission s ON s.id = m.submission_id
				WHERE """ + SubmissionSql.currentQuarterlyReturn(ReturnType.BCF_QUARTERLY, "s") + """
				AND s.fin_year = :finYear AND s.quarter BETWEEN 1 AND :quarter AND m.metric_code = :metric
				GROUP BY s.quarter""", SubmissionSql.quarter(quarter).addValue("metric", metricCode), rs -> {
			byQuarter.put(rs.getInt(1), new AreasTotal(rs.getInt(2), rs.getBigDecimal(3)));
		});
		return byQuarter;
	}

	/** How many areas gave a figure, and its sum over them. */
	public record AreasTotal(int areas, BigDecimal total) {
	}

	/** Area code to the metric's actual in the quarter's own current return. */
	public Map<String, BigDecimal> quarterActuals(FinancialQuarter quarter, String metricCode) {
		Map<String, BigDecimal> byArea = new HashMap<>();
		jdbc.query("""
				SELECT m.area_code, m.actual
				FROM metric_fact m JOIN submission s ON s.id = m.submission_id
				WHERE """ + SubmissionSql.currentQuarterlyReturn(ReturnType.BCF_QUARTERLY, "s") + """
				AND s.fin_year = :finYear AND s.quarter = :quarter AND m.metric_code = :metric""",
				SubmissionSql.quarter(quarter).addValue("metric", metricCode), rs -> {
					byArea.put(Columns.code(rs, 1), rs.getBigDecimal(2));
				});
		return byArea;
	}

}
