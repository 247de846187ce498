package org.joinedup.samples.bcf;

/** The four national BCF metrics of formats.md, by code and full name. */
public enum Metric {

	NEA("Non-elective admissions (general and acute)"), DTOC("Delayed transfers of care (delayed days)"),
	RES("Permanent admissions of older people (65+) to residential and nursing care homes"),
	REA("Proportion of older people (65+) still at home 91 days after discharge from hospital into "
			+ "reablement/rehabilitation services");

	private final String fullName;

	Metric(String fullName) {
		this.fullName = fullName;
	}

	public String fullName() {
		return fullName;
	}

	public boolean isCount() {
		return this != REA;
	}

}
