package org.joinedup.report.query;

import java.sql.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Which areas are expected to report for a quarter, and which did. */
public class AreaQueries {

	private final NamedParameterJdbcTemplate jdbc;

	public AreaQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Areas of the current reference valid at some point in the quarter (an open start or
	 * end counts as valid).
	 */
	public List<Area> expectedAreas(FinancialQuarter quarter) {
		return jdbc.query("""
				SELECT a.ons_code, a.name, a.region, a.population_65 FROM area a
				WHERE a.submission_id = """ + SubmissionSql.currentReference(ReturnType.AREAS_REFERENCE) + """
				 AND (a.valid_from IS NULL OR a.valid_from <= :quarterEnd)
				 AND (a.valid_to IS NULL OR a.valid_to >= :quarterStart)
				ORDER BY a.name, a.ons_code""",
				new MapSqlParameterSource().addValue("quarterStart", Date.valueOf(quarter.start()))
					.addValue("quarterEnd", Date.valueOf(quarter.end())),
				(rs, i) -> new Area(Columns.code(rs, 1), rs.getString(2), rs.getString(3),
						rs.getObject(4, Long.class)));
	}

	/** Codes of the areas with a current accepted BCF return for the quarter. */
	public Set<String> areasWithAcceptedReturn(FinancialQuarter quarter) {
		return new HashSet<>(jdbc
			.queryForList(
					"SELECT DISTINCT s.org_code FROM submission s WHERE "
							+ SubmissionSql.currentQuarterlyReturn(ReturnType.BCF_QUARTERLY, "s")
							+ " AND s.fin_year = :finYear AND s.quarter = :quarter",
					SubmissionSql.quarter(quarter), String.class)
			.stream()
			.map(String::trim)
			.toList());
	}

}
