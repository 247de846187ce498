package org.joinedup.transform.load;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.period.FinancialMonth;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * What a return is for: a later accepted return with the same key supersedes the earlier
 * one. {@code orgCode} and {@code quarter} are null where the return type has none (the
 * areas reference), or where the file was rejected before they could be read;
 * {@code month} is set for monthly returns only (their quarter is the month's).
 */
public record SubmissionKey(ReturnType type, String orgCode, String orgName, FinancialQuarter quarter,
		FinancialMonth month) {

	public SubmissionKey(ReturnType type, String orgCode, String orgName, FinancialQuarter quarter) {
		this(type, orgCode, orgName, quarter, null);
	}

	public static SubmissionKey unknown(ReturnType type) {
		return new SubmissionKey(type, null, null, null);
	}

	public static SubmissionKey monthly(ReturnType type, String orgCode, String orgName, FinancialMonth month) {
		return new SubmissionKey(type, orgCode, orgName, month.quarter(), month);
	}
}
