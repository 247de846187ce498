package org.joinedup.report.query;

import java.sql.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.SubmissionStatus;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Which areas are expected to report for a quarter, and which did. */
public class AreaQueries {

	private static final String ACCEPTED_RETURN = SubmissionSql.currentQuarterlyReturn(ReturnType.BCF_QUARTERLY, "s")
			+ " AND s.fin_year = :finYear AND s.quarter = :quarter";

	private static final String EXPECTED_AREAS = """
			SELECT a.ons_code, a.name, a.region, COALESCE(p.population_65, a.population_65)
			FROM area a
			LEFT JOIN area_population p ON p.ons_code = a.ons_code AND p.submission_id = %s
			WHERE %s
			   OR (a.id = (SELECT MAX(h.id) FROM area h JOIN submission hs ON hs.id = h.submission_id
			               WHERE h.ons_code = a.ons_code AND %s AND hs.status IN (%s, %s))
			       AND a.ons_code IN (SELECT s.org_code FROM submission s WHERE %s)
			       AND a.ons_code NOT IN (SELECT c.ons_code FROM area c WHERE %s))
			ORDER BY a.name, a.ons_code""".formatted(SubmissionSql.currentReference(ReturnType.POPULATION_REFERENCE),
			currentInQuarter("a"), ReturnType.AREAS_REFERENCE.of("hs"), SubmissionStatus.ACCEPTED.literal(),
			SubmissionStatus.SUPERSEDED.literal(), ACCEPTED_RETURN, currentInQuarter("c"));

	private final NamedParameterJdbcTemplate jdbc;

	public AreaQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Areas of the current reference valid in the quarter, and any other area with an
	 * accepted return for the quarter, as the latest version of the reference to list it
	 * has it: a return filed under a code since retired (Bournemouth, Poole and Dorset
	 * before 2019) stays in the figures. Each with the population 65+ of the current ONS
	 * estimates, or of the areas reference for an area the estimates lack.
	 */
	public List<Area> expectedAreas(FinancialQuarter quarter) {
		return jdbc.query(EXPECTED_AREAS,
				SubmissionSql.quarter(quarter)
					.addValue("quarterStart", Date.valueOf(quarter.start()))
					.addValue("quarterEnd", Date.valueOf(quarter.end())),
				(rs, i) -> new Area(Columns.code(rs, 1), rs.getString(2), rs.getString(3),
						rs.getObject(4, Long.class)));
	}

	/**
	 * A row, aliased {@code a}, of the current areas reference valid at some point in the
	 * quarter (an open start or end counts as valid).
	 */
	private static String currentInQuarter(String a) {
		return "(" + a + ".submission_id = " + SubmissionSql.currentReference(ReturnType.AREAS_REFERENCE) + " AND (" + a
				+ ".valid_from IS NULL OR " + a + ".valid_from <= :quarterEnd) AND (" + a + ".valid_to IS NULL OR " + a
				+ ".valid_to >= :quarterStart))";
	}

	/** Codes of the areas with a current accepted BCF return for the quarter. */
	public Set<String> areasWithAcceptedReturn(FinancialQuarter quarter) {
		return new HashSet<>(jdbc
			.queryForList("SELECT DISTINCT s.org_code FROM submission s WHERE " + ACCEPTED_RETURN,
					SubmissionSql.quarter(quarter), String.class)
			.stream()
			.map(String::trim)
			.toList());
	}

}
