package org.joinedup.report;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;
import static org.joinedup.warehouse.SubmissionStatus.REJECTED;
import static org.joinedup.warehouse.SubmissionStatus.SUPERSEDED;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.joinedup.warehouse.ReportUse;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Which quarters can be reported, and a fingerprint of the warehouse rows a quarter's
 * workbook is made from, so that a nightly run can report only the quarters whose data
 * changed (and identify a report job by it).
 */
public final class ReportableQuarters {

	private final NamedParameterJdbcTemplate jdbc;

	public ReportableQuarters(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/**
	 * Quarters for which a dated return of a type the workbook uses (a BCF return, a
	 * monthly extract of one of its months, ...) was received, whatever became of it;
	 * oldest first.
	 */
	public List<FinancialQuarter> withReturns() {
		return jdbc.query(
				"SELECT DISTINCT s.fin_year, s.quarter FROM submission s WHERE "
						+ ReturnType.anyOf("s", ReturnType.where(ReportableQuarters::dated))
						+ " AND s.fin_year IS NOT NULL AND s.quarter BETWEEN 1 AND 4 ORDER BY s.fin_year, s.quarter",
				(rs, i) -> new FinancialQuarter(rs.getInt(1), rs.getInt(2)));
	}

	private static boolean dated(ReturnType type) {
		return type.reportUse() == ReportUse.YEAR_TO_DATE || type.reportUse() == ReportUse.QUARTER;
	}

	/**
	 * Changes whenever a submission the quarter's workbook may be made from
	 * ({@link SubmissionSql#usedByReport}) or an undated file is received or changes
	 * status. Equal fingerprints mean an identical workbook apart from the run and time
	 * on Notes.
	 */
	public String stateOf(FinancialQuarter quarter) {
		String countsByStatus = Stream.of(ACCEPTED, REJECTED, SUPERSEDED)
			.map(status -> "SUM(CASE WHEN " + status.of("s") + " THEN 1 ELSE 0 END)")
			.collect(Collectors.joining(", "));
		return jdbc.queryForObject(
				"SELECT COUNT(*), MAX(s.id), " + countsByStatus + " FROM submission s WHERE "
						+ SubmissionSql.usedByReport("s") + " OR " + SubmissionSql.undated("s"),
				SubmissionSql.quarter(quarter), (rs, i) -> quarter.slug() + ":" + rs.getLong(1) + "/" + rs.getLong(2)
						+ "/" + rs.getLong(3) + "/" + rs.getLong(4) + "/" + rs.getLong(5));
	}

}
