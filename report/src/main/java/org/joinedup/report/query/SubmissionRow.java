package org.joinedup.report.query;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;

/**
 * A return received for the report's quarter, with how many findings it had and the first
 * of them; {@code month} is the first day of a monthly extract's month, null for a
 * quarterly return.
 */
public record SubmissionRow(long id, ReturnType returnType, String orgCode, String orgName, SubmissionStatus status,
		String fileName, LocalDateTime receivedAt, int findingCount, String firstFinding, LocalDate month) {
}
