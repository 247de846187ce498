package org.joinedup.app.console.runs;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One job execution in the runs list. {@code succeededSince}: for a run that did not
 * complete, the later execution of the same job on the same file or quarter that did;
 * {@code returned}: for an ingest, what became of its file's latest submission.
 */
public record RunRow(long id, String job, String subject, String status, LocalDateTime start, LocalDateTime end,
		Long succeededSince, Return returned) {

	/** A submission and its status now (ACCEPTED, REJECTED, SUPERSEDED...). */
	public record Return(long submissionId, String status) {
	}

	RunRow withSucceededSince(Long since) {
		return new RunRow(id, job, subject, status, start, end, since, returned);
	}

	RunRow withReturned(Return submission) {
		return new RunRow(id, job, subject, status, start, end, succeededSince, submission);
	}

	public Duration duration() {
		return start == null ? null : Duration.between(start, end == null ? LocalDateTime.now() : end);
	}

	public boolean running() {
		return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
	}

}
