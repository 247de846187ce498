package org.joinedup.app.ops;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.joinedup.report.query.AreaQueries;
import org.joinedup.report.query.DataQualityScope;
import org.joinedup.report.query.FindingQueries;
import org.joinedup.report.query.FindingRow;
import org.joinedup.report.query.ReturnLine;
import org.joinedup.report.query.SubmissionRow;
import org.joinedup.report.query.SubmissionQueries;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What was expected and received for a quarter, and the findings to send back to
 * submitters (the report's queries).
 */
@Component
public class ReturnsOverview {

	private final AreaQueries areas;

	private final SubmissionQueries submissions;

	private final FindingQueries findings;

	ReturnsOverview(DataSource dataSource) {
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.areas = new AreaQueries(jdbc);
		this.submissions = new SubmissionQueries(jdbc);
		this.findings = new FindingQueries(jdbc);
	}

	/**
	 * Every return received for the quarter of a type expected every period, and every
	 * expected area that sent none.
	 */
	public List<ReturnLine> expectedAndReceived(FinancialQuarter quarter) {
		List<SubmissionRow> returns = submissions.of(new DataQualityScope(quarter, Instant.now(), false))
			.stream()
			.filter(row -> row.returnType().cadence().expectedEveryPeriod())
			.toList();
		return ReturnLine.of(returns, areas.expectedAreas(quarter), quarter);
	}

	/**
	 * Findings of rejected returns: every one, or those of one file name
	 * ({@code fileName} null for all).
	 */
	public List<FindingRow> rejections(String fileName) {
		return findings.ofRejectedReturns(fileName);
	}

}
