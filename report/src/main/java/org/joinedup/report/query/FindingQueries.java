package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.REJECTED;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Findings of the returns for a quarter (quarterly returns of the quarter, monthly
 * returns of its months), plus those of files that could not be dated (no period at all)
 * received up to the time the report is made.
 */
public class FindingQueries {

	private static final String SELECT = """
			SELECT f.file_name, f.level, f.severity, f.sheet, f.row_number, f.column_name, f.cell_value,
			       f.rule, f.message
			FROM finding f JOIN submission s ON s.id = f.submission_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	public FindingQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<FindingRow> forQuarter(FinancialQuarter quarter, Instant receivedUpTo) {
		MapSqlParameterSource params = SubmissionSql.quarter(quarter)
			.addValue("quarterStart", Date.valueOf(quarter.start()))
			.addValue("quarterEnd", Date.valueOf(quarter.end()))
			.addValue("receivedUpTo", Timestamp.from(receivedUpTo));
		return jdbc.query(SELECT + """
				WHERE (s.fin_year = :finYear AND s.quarter = :quarter)
				   OR (s.period_month BETWEEN :quarterStart AND :quarterEnd)
				   OR (%s AND s.received_at <= :receivedUpTo)
				ORDER BY s.received_at, s.id, f.id""".formatted(SubmissionSql.undated("s")), params,
				FindingQueries::row);
	}

	/**
	 * Findings of rejected returns, all or those of files with the given name, in the
	 * order received.
	 */
	public List<FindingRow> ofRejectedReturns(String fileName) {
		return jdbc.query(SELECT + """
				WHERE %s AND (CAST(:fileName AS VARCHAR(500)) IS NULL OR f.file_name = :fileName)
				ORDER BY s.received_at, s.id, f.id""".formatted(REJECTED.of("s")),
				new MapSqlParameterSource("fileName", fileName), FindingQueries::row);
	}

	private static FindingRow row(ResultSet rs, int i) throws SQLException {
		return new FindingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				Columns.integer(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
	}

}
