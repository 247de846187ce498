package org.joinedup.transform.bcf;

import org.joinedup.ingest.text.TextMatch;

/** The four national metrics of the Better Care Fund, matched by code or name. */
enum NationalMetric {

	NEA("Non-elective admissions (general and acute)"), DTOC("Delayed transfers of care (delayed days)"),
	RES("Permanent admissions of older people (65+) to residential and nursing care homes"),
	REA("Proportion of older people (65+) still at home 91 days after discharge from hospital into reablement/rehabilitation services");

	private final String title;

	NationalMetric(String title) {
		this.title = title;
	}

	String title() {
		return title;
	}

	boolean isCount() {
		return this != REA;
	}

	/**
	 * {@code NEA}, the full name, or the code followed by the name (e.g.
	 * {@code NEA - Non-elective ...}).
	 */
	boolean matches(String cell) {
		String text = TextMatch.normalise(cell);
		String code = TextMatch.normalise(name());
		return text.equals(code) || text.equals(TextMatch.normalise(title))
				|| text.matches(java.util.regex.Pattern.quote(code) + "\\b.*");
	}

}
