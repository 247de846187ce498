package org.joinedup.report.query;

import java.util.List;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Savings schemes from the quarter's own accepted returns. */
public class SavingsQueries {

	private final NamedParameterJdbcTemplate jdbc;

	public SavingsQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<SavingsScheme> schemes(FinancialQuarter quarter) {
		return jdbc.query("""
				SELECT f.area_code, f.scheme_id, f.scheme_name, f.scheme_type, f.planned_savings,
				       f.achieved_savings, f.status
				FROM savings_scheme_fact f JOIN submission s ON s.id = f.submission_id
				WHERE """ + SubmissionSql.currentQuarterlyReturn(ReturnType.BCF_QUARTERLY, "s") + """
				 AND s.fin_year = :finYear AND s.quarter = :quarter
				ORDER BY f.area_code, f.source_row, f.id""", SubmissionSql.quarter(quarter),
				(rs, i) -> new SavingsScheme(Columns.code(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)));
	}

}
