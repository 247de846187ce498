package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.REJECTED;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Findings, as the workbook and the rejections command list them. */
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

	/** The findings of the files a quarter's Data quality lists. */
	public List<FindingRow> of(DataQualityScope scope) {
		return jdbc.query(SELECT + "WHERE " + scope.condition("s") + " ORDER BY s.received_at, s.id, f.id",
				scope.parameters(), FindingQueries::row);
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

	/**
	 * The findings of one submission (accepted, superseded or rejected), in the order
	 * they were found.
	 */
	public List<FindingRow> ofSubmission(long submissionId) {
		return jdbc.query(SELECT + "WHERE s.id = :id ORDER BY f.id", new MapSqlParameterSource("id", submissionId),
				FindingQueries::row);
	}

	private static FindingRow row(ResultSet rs, int i) throws SQLException {
		return new FindingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				Columns.integer(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
	}

}
