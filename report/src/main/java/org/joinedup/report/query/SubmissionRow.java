package org.joinedup.report.query;

import java.time.LocalDateTime;

/** A BCF return received for the report's quarter, with how many findings it had and the first of them. */
public record SubmissionRow(long id, String returnType, String orgCode, String orgName, String status,
		String fileName, LocalDateTime receivedAt, int findingCount, String firstFinding) {
}
