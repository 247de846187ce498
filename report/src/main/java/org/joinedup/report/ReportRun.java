package org.joinedup.report;

import java.time.Instant;
import java.util.Objects;

/**
 * Which run made a workbook and when, e.g.
 * {@code new ReportRun("quarterlyReport execution 42", now)}.
 */
public record ReportRun(String runId, Instant madeAt) {

	public ReportRun {
		Objects.requireNonNull(runId, "runId");
		Objects.requireNonNull(madeAt, "madeAt");
	}
}
