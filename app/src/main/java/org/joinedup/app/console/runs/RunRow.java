package org.joinedup.app.console.runs;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One job execution in the runs list. {@code succeededSince}: for a run that did not
 * complete, the later execution of the same job on the same file or quarter that did.
 */
public record RunRow(long id, String job, String subject, String status, String exitCode, LocalDateTime start,
		LocalDateTime end, Long succeededSince) {

	public Duration duration() {
		return start == null ? null : Duration.between(start, end == null ? LocalDateTime.now() : end);
	}

	public boolean running() {
		return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
	}

}
