package org.joinedup.app.console.returns;

import java.time.LocalDateTime;
import java.util.List;

import org.joinedup.report.query.ReturnLine;
import org.joinedup.transform.submission.SubmissionSummary;

/**
 * A received file as one submission made it: what it was, where it went and the ingest
 * executions of its bytes. {@code supersededBy} and {@code supersedes} link the
 * submissions of the same return; {@code sameBytes} are the other submissions of the same
 * bytes (a rerun); {@code madeBy} is the execution that made this submission.
 */
public record ReturnFile(SubmissionSummary summary, String sha256, LocalDateTime receivedAt, Long supersededBy,
		List<Long> supersedes, List<Long> sameBytes, List<Execution> executions, Long madeBy) {

	public record Execution(long id, String status) {
	}

	/** e.g. 2016-17 Q4, October 2016, or empty for an undated file. */
	public String period() {
		if (summary.month() != null) {
			return summary.month().label();
		}
		return summary.quarter() == null ? "" : summary.quarter().label();
	}

	public String status() {
		return ReturnLine.statusWord(summary.status().name());
	}

}
