package org.joinedup.report.query;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A return received for the report's quarter, with how many findings it had and the first of them; {@code month}
 * is the first day of a monthly extract's month, null for a quarterly return.
 */
public record SubmissionRow(long id, String returnType, String orgCode, String orgName, String status,
		String fileName, LocalDateTime receivedAt, int findingCount, String firstFinding, LocalDate month) {
}
