package org.joinedup.app.ops;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;

/**
 * One job execution as an admin reads it: what it worked on ({@code subject}: a file name
 * or a quarter), how it ended, its counts summed over its steps, and what it produced
 * ({@code outcome}: e.g. the submission's status).
 */
public record ExecutionSummary(long id, String job, String subject, BatchStatus status, LocalDateTime start,
		Duration duration, long read, long written, long skipped, String outcome, List<Touched> touched) {

	/** A file or record the execution read or wrote. */
	public record Touched(String what, String detail) {
	}

	public String line() {
		return "execution " + id + " (" + job + " " + subject + "): " + status
				+ (outcome.isEmpty() ? "" : ", " + outcome);
	}
}
