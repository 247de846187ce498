package org.joinedup.app.ops;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.joinedup.report.query.Area;
import org.joinedup.report.query.AreaQueries;
import org.joinedup.report.query.DataQualityScope;
import org.joinedup.report.query.FindingQueries;
import org.joinedup.report.query.FindingRow;
import org.joinedup.report.query.ReturnLine;
import org.joinedup.report.query.SubmissionRow;
import org.joinedup.report.query.SubmissionQueries;
import org.joinedup.warehouse.SubmissionStatus;
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
	 * The expected areas with no accepted return for the quarter, each once: as its
	 * latest rejected return, or as missing if it sent none.
	 */
	public List<ReturnLine> nonSubmitters(FinancialQuarter quarter) {
		Set<String> expected = areas.expectedAreas(quarter).stream().map(Area::onsCode).collect(Collectors.toSet());
		List<ReturnLine> lines = expectedAndReceived(quarter).stream()
			.filter(l -> l.month() == null && expected.contains(l.code()))
			.toList();
		Set<String> accepted = lines.stream()
			.filter(l -> l.status().equals(ReturnLine.statusWord(SubmissionStatus.ACCEPTED.name())))
			.map(ReturnLine::code)
			.collect(Collectors.toSet());
		Map<String, ReturnLine> latest = new LinkedHashMap<>();
		lines.stream().filter(l -> !accepted.contains(l.code())).forEach(l -> latest.put(l.code(), l));
		return List.copyOf(latest.values());
	}

	/**
	 * Findings of rejected returns: every one, or those of one file name
	 * ({@code fileName} null for all).
	 */
	public List<FindingRow> rejections(String fileName) {
		return findings.ofRejectedReturns(fileName);
	}

	/** The findings of one submission, whatever became of it. */
	public List<FindingRow> findingsOf(long submissionId) {
		return findings.ofSubmission(submissionId);
	}

}
