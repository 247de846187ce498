package org.joinedup.transform.load;

import org.joinedup.ingest.detect.ReturnType;
import org.joinedup.transform.period.FinancialQuarter;

/**
 * What a return is for: a later accepted return with the same key supersedes the earlier one.
 * {@code orgCode} and {@code quarter} are null where the return type has none (the areas reference),
 * or where the file was rejected before they could be read.
 */
public record SubmissionKey(ReturnType type, String orgCode, String orgName, FinancialQuarter quarter) {

	public static SubmissionKey unknown(ReturnType type) {
		return new SubmissionKey(type, null, null, null);
	}
}
