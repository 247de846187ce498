package org.joinedup.transform.submission;

import org.joinedup.transform.period.FinancialQuarter;

/** What a received file became, for the line the command line prints about it. */
public record SubmissionSummary(long id, String returnType, String orgCode, String orgName,
		FinancialQuarter quarter, String status, int rowCount, int errorCount, int warningCount, String fileName) {

	/** e.g. {@code BCF_QUARTERLY E08000008 Tameside 2016-17 Q4}. */
	public String subject() {
		StringBuilder s = new StringBuilder(returnType);
		if (orgCode != null) {
			s.append(' ').append(orgCode);
		}
		if (orgName != null) {
			s.append(' ').append(orgName);
		}
		if (quarter != null) {
			s.append(' ').append(quarter.label());
		}
		return s.toString();
	}
}
