package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;

import java.util.List;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The files behind the figures: the accepted submissions of every type the report uses,
 * each in its part of the quarter ({@link SubmissionSql#usedByReport}).
 */
public class SourceFileQueries {

	private final NamedParameterJdbcTemplate jdbc;

	public SourceFileQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<SourceFile> behindFigures(FinancialQuarter quarter) {
		return jdbc.query(
				"""
						SELECT rf.file_name, rf.sha256, s.return_type, s.org_code, s.fin_year, s.quarter, s.received_at
						FROM submission s JOIN received_file rf ON rf.id = s.received_file_id
						WHERE %s AND %s
						ORDER BY s.return_type, s.org_code, s.quarter, s.id""".formatted(ACCEPTED.of("s"),
						SubmissionSql.usedByReport("s")),
				SubmissionSql.quarter(quarter),
				(rs, i) -> new SourceFile(rs.getString(1), Columns.code(rs, 2), ReturnType.valueOf(rs.getString(3)),
						Columns.code(rs, 4), period(Columns.integer(rs, 5), Columns.integer(rs, 6)),
						Columns.dateTime(rs, 7)));
	}

	private static String period(Integer finYear, Integer quarter) {
		return finYear == null || quarter == null ? null : new FinancialQuarter(finYear, quarter).label();
	}

}
