package org.joinedup.report.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;

/** A file's findings count agrees with the findings the workbook lists for it. */
class SubmissionRowTest {

	private static final LocalDateTime RECEIVED = LocalDateTime.of(2017, 5, 2, 9, 0);

	@Test
	void aWarningTheReportDerivesCountsForTheAcceptedFileItNames() {
		SubmissionRow camden = row(1, SubmissionStatus.ACCEPTED, "camden-q4.xlsx", 0, null);
		SubmissionRow earlierCamden = row(2, SubmissionStatus.SUPERSEDED, "camden-q4.xlsx", 0, null);
		SubmissionRow barnet = row(3, SubmissionStatus.ACCEPTED, "barnet-q4.xlsx", 1, "Scheme name is blank");
		FindingRow warning = new FindingRow("camden-q4.xlsx", "GROUP", "WARNING", null, null, "NEA actual", "1200",
				"nea-episodes-mismatch", "Camden: the NEA actual is 9.1% away from the episodes");

		List<SubmissionRow> rows = SubmissionRow.withDerivedFindings(List.of(camden, earlierCamden, barnet),
				List.of(warning));

		assertThat(rows).extracting(SubmissionRow::findingCount).containsExactly(1, 0, 1);
		assertThat(rows).extracting(SubmissionRow::firstFinding)
			.containsExactly(warning.message(), null, "Scheme name is blank");
	}

	private static SubmissionRow row(long id, SubmissionStatus status, String file, int findings, String first) {
		return new SubmissionRow(id, ReturnType.BCF_QUARTERLY, "E09000007", "Camden", status, file, RECEIVED, findings,
				first, null);
	}

}
