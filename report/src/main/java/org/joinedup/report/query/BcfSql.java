package org.joinedup.report.query;

/** SQL fragments shared by the queries, so that "the return that counts" is defined once. */
final class BcfSql {

	// Each fragment starts with a space: a text block drops the trailing space of the text it is appended to.

	/**
	 * Condition on a submission aliased {@code s}: an accepted BCF return that no later accepted return for
	 * the same area and quarter replaces. Ingest keeps at most one accepted return per key; this guards the
	 * figures against double counting should that ever fail.
	 */
	static final String CURRENT_ACCEPTED_BCF = " " + """
			s.return_type = 'BCF_QUARTERLY' AND s.status = 'ACCEPTED'
			AND NOT EXISTS (SELECT 1 FROM submission later
				WHERE later.return_type = s.return_type AND later.org_code = s.org_code
				AND later.fin_year = s.fin_year AND later.quarter = s.quarter
				AND later.status = 'ACCEPTED' AND later.id > s.id)""";

	/** The submission id of the current areas reference (the latest accepted one). */
	static final String CURRENT_AREAS_REFERENCE = " " + """
			(SELECT MAX(r.id) FROM submission r WHERE r.return_type = 'AREAS_REFERENCE' AND r.status = 'ACCEPTED')""";

	private BcfSql() {
	}
}
