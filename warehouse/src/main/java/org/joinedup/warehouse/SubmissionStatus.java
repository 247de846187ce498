package org.joinedup.warehouse;

/** What became of a submission, as {@code submission.status} spells it. */
public enum SubmissionStatus {

	/** Its facts are being written; reports never see it. */
	LOADING,

	/** The current return for its key. */
	ACCEPTED,

	/** A later accepted return for the same key replaced it. */
	SUPERSEDED,

	/** It broke a rule; it has findings and no facts. */
	REJECTED;

	/** {@code alias.status = 'ACCEPTED'}, for SQL. */
	public String of(String alias) {
		return alias + ".status = " + literal();
	}

	/** The status as an SQL string literal. */
	public String literal() {
		return "'" + name() + "'";
	}

}
