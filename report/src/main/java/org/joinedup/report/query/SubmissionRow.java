package org.joinedup.report.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;

/**
 * A return received for the report's quarter, with how many findings it had and the first
 * of them; {@code month} is the first day of a monthly extract's month, null for a
 * quarterly return.
 */
public record SubmissionRow(long id, ReturnType returnType, String orgCode, String orgName, SubmissionStatus status,
		String fileName, LocalDateTime receivedAt, int findingCount, String firstFinding, LocalDate month) {

	/**
	 * The rows with the findings the report derives itself (a warning comparing two
	 * returns) counted with those of the accepted file they name, so that each file's
	 * count agrees with the findings listed.
	 */
	static List<SubmissionRow> withDerivedFindings(List<SubmissionRow> rows, List<FindingRow> derived) {
		return rows.stream().map(row -> {
			List<FindingRow> own = derived.stream()
				.filter(f -> row.status() == SubmissionStatus.ACCEPTED && row.fileName().equals(f.fileName()))
				.toList();
			return own.isEmpty() ? row
					: new SubmissionRow(row.id(), row.returnType(), row.orgCode(), row.orgName(), row.status(),
							row.fileName(), row.receivedAt(), row.findingCount() + own.size(),
							row.firstFinding() == null ? own.get(0).message() : row.firstFinding(), row.month());
		}).toList();
	}

}
