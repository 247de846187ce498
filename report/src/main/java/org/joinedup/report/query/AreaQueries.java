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

	private static final String ONS_ESTIMATE = " LEFT JOIN area_population p ON p.ons_code = a.ons_code"
			+ " AND p.submission_id = " + SubmissionSql.currentReference(ReturnType.POPULATION_REFERENCE) + " ";

	private final NamedParameterJdbcTemplate jdbc;

	public AreaQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Areas of the current reference valid at some point in the quarter (an open start or
	 * end counts as valid), with the population 65+ of the current ONS estimates, or of
	 * the areas reference for an area the estimates lack.
	 */
	public List<Area> expectedAreas(FinancialQuarter quarter) {
		return jdbc.query("""
				SELECT a.ons_code, a.name, a.region, COALESCE(p.population_65, a.population_65)
				FROM area a""" + ONS_ESTIMATE + """
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
