package org.joinedup.ingest.detect;

/** The kinds of return joinedup recognises, found from a file's content. */
public enum ReturnType {

	BCF_QUARTERLY("Better Care Fund quarterly return"),
	AREAS_REFERENCE("Areas reference"),
	DTOC_MONTHLY("Delayed transfers of care, monthly provider extract"),
	AE_MONTHLY("A&E attendances and emergency admissions, monthly"),
	SURVEY_RESPONSES("Leadership survey, respondent level"),
	SURVEY_AGGREGATE("Leadership survey, published results"),
	PROVIDERS_REFERENCE("Providers reference"),
	EPISODES("Admitted patient episodes, emergency extract"),
	UNKNOWN("Unrecognised file");

	private final String title;

	ReturnType(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
