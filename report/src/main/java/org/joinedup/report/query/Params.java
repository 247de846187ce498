package org.joinedup.report.query;

import org.joinedup.report.ReportQuarter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

final class Params {

	static MapSqlParameterSource of(ReportQuarter quarter) {
		return new MapSqlParameterSource()
				.addValue("finYear", quarter.finYear())
				.addValue("quarter", quarter.quarter());
	}

	private Params() {
	}
}
