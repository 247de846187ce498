package org.joinedup.report.query;

import java.util.List;

import org.joinedup.report.ReportQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The files behind the figures: the current areas reference, the accepted BCF returns and monthly extracts of the
 * year to date.
 */
public class SourceFileQueries {

	private final NamedParameterJdbcTemplate jdbc;

	public SourceFileQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<SourceFile> behindFigures(ReportQuarter quarter) {
		return jdbc.query("""
				SELECT rf.file_name, rf.sha256, s.return_type, s.org_code, s.fin_year, s.quarter, s.received_at
				FROM submission s JOIN received_file rf ON rf.id = s.received_file_id
				WHERE s.id = """ + BcfSql.CURRENT_AREAS_REFERENCE + """
				   OR (s.return_type IN ('BCF_QUARTERLY', 'DTOC_MONTHLY', 'AE_MONTHLY') AND s.status = 'ACCEPTED'
				       AND s.fin_year = :finYear AND s.quarter BETWEEN 1 AND :quarter)
				ORDER BY s.return_type, s.org_code, s.quarter, s.id""", Params.of(quarter),
				(rs, i) -> new SourceFile(rs.getString(1), Columns.code(rs, 2), rs.getString(3), Columns.code(rs, 4),
						period(Columns.integer(rs, 5), Columns.integer(rs, 6)), Columns.dateTime(rs, 7)));
	}

	private static String period(Integer finYear, Integer quarter) {
		return finYear == null || quarter == null ? null : new ReportQuarter(finYear, quarter).label();
	}
}
