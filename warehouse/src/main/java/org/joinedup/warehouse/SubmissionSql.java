package org.joinedup.warehouse;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;

import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * SQL conditions on the {@code submission} table shared by loading, reporting and the
 * admin commands, so that "the return that counts" is defined once and derived from
 * {@link ReturnType}. Quarter conditions take the named parameters {@code :finYear} and
 * {@code :quarter}. Each fragment is enclosed in parentheses.
 */
public final class SubmissionSql {

	private SubmissionSql() {
	}

	/** The {@code :finYear} and {@code :quarter} parameters of the quarter conditions. */
	public static MapSqlParameterSource quarter(FinancialQuarter quarter) {
		return new MapSqlParameterSource().addValue("finYear", quarter.finYear())
			.addValue("quarter", quarter.quarter());
	}

	/**
	 * A submission aliased {@code s} that a quarter's workbook may be made from, whatever
	 * its status: of a type used by the report, in that type's part of the quarter
	 * ({@link ReportUse}).
	 */
	public static String usedByReport(String s) {
		return "((" + typesUsed(ReportUse.YEAR_TO_DATE, s) + " AND " + yearToDate(s) + ") OR ("
				+ typesUsed(ReportUse.QUARTER, s) + " AND " + s + ".fin_year = :finYear AND " + s
				+ ".quarter = :quarter) OR " + typesUsed(ReportUse.EVERY_QUARTER, s) + ")";
	}

	private static String typesUsed(ReportUse use, String s) {
		return ReturnType.anyOf(s, ReturnType.where(type -> type.reportUse() == use));
	}

	/**
	 * A submission aliased {@code s} with no period at all: reference data, surveys,
	 * files rejected unread.
	 */
	public static String undated(String s) {
		return "(" + s + ".fin_year IS NULL AND " + s + ".quarter IS NULL AND " + s + ".period_month IS NULL)";
	}

	/**
	 * A submission aliased {@code s} of the quarter's financial year up to the quarter.
	 */
	public static String yearToDate(String s) {
		return "(" + s + ".fin_year = :finYear AND " + s + ".quarter BETWEEN 1 AND :quarter)";
	}

	/**
	 * A submission aliased {@code s} of a type expected every period
	 * ({@link Cadence#expectedEveryPeriod()}).
	 */
	public static String expectedEveryPeriod(String s) {
		return "(" + ReturnType.anyOf(s, ReturnType.where(t -> t.cadence().expectedEveryPeriod())) + ")";
	}

	/**
	 * The id of the current version of reference data: the latest accepted submission of
	 * the type.
	 */
	public static String currentReference(ReturnType type) {
		return "(SELECT MAX(r.id) FROM submission r WHERE " + type.of("r") + " AND " + ACCEPTED.of("r") + ")";
	}

	/**
	 * A submission aliased {@code s} that is the current accepted return of a quarterly
	 * type for its area and quarter. Loading keeps at most one accepted return per key;
	 * this guards the figures against double counting should that ever fail.
	 */
	public static String currentQuarterlyReturn(ReturnType type, String s) {
		return "(" + type.of(s) + " AND " + ACCEPTED.of(s) + " AND NOT EXISTS (SELECT 1 FROM submission later"
				+ " WHERE later.return_type = " + s + ".return_type AND later.org_code = " + s + ".org_code"
				+ " AND later.fin_year = " + s + ".fin_year AND later.quarter = " + s + ".quarter AND "
				+ ACCEPTED.of("later") + " AND later.id > " + s + ".id))";
	}

}
