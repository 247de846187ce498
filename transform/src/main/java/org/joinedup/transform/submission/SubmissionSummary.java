package org.joinedup.transform.submission;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;
import org.joinedup.warehouse.period.FinancialMonth;
import org.joinedup.warehouse.period.FinancialQuarter;

/** What a received file became, for the line the command line prints about it. */
public record SubmissionSummary(long id, ReturnType returnType, String orgCode, String orgName,
		FinancialQuarter quarter, FinancialMonth month, SubmissionStatus status, int rowCount, int errorCount,
		int warningCount, String fileName) {

	/**
	 * e.g. {@code BCF_QUARTERLY E08000008 Tameside 2016-17 Q4},
	 * {@code DTOC_MONTHLY October 2016}.
	 */
	public String subject() {
		StringBuilder s = new StringBuilder(returnType.name());
		if (orgCode != null) {
			s.append(' ').append(orgCode);
		}
		if (orgName != null) {
			s.append(' ').append(orgName);
		}
		if (month != null) {
			s.append(' ').append(month.label());
		}
		else if (quarter != null) {
			s.append(' ').append(quarter.label());
		}
		return s.toString();
	}
}
