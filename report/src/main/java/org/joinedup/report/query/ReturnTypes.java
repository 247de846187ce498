package org.joinedup.report.query;

/** The return types the report reads, as the warehouse's submission.return_type spells them. */
public final class ReturnTypes {

	public static final String BCF_QUARTERLY = "BCF_QUARTERLY";
	public static final String AREAS_REFERENCE = "AREAS_REFERENCE";
	public static final String DTOC_MONTHLY = "DTOC_MONTHLY";
	public static final String AE_MONTHLY = "AE_MONTHLY";

	private ReturnTypes() {
	}
}
