package org.joinedup.ingest.survey;

import java.util.List;

import org.joinedup.ingest.csv.CsvColumn;

/** The columns of a respondent-level leadership survey file (R4). */
public enum SurveyResponseColumn implements CsvColumn {

	SURVEY("Survey", true),
	WAVE("Wave", true),
	RESPONDENT_ID("Respondent ID", true),
	ORGANISATION_TYPE("Organisation type", false),
	ROLE("Role", false),
	QUESTION_ID("Question ID", true),
	QUESTION("Question", true),
	RESPONSE("Response", true, "Answer");

	private final String header;

	private final boolean required;

	private final List<String> aliases;

	SurveyResponseColumn(String header, boolean required, String... aliases) {
		this.header = header;
		this.required = required;
		this.aliases = List.of(aliases);
	}

	@Override
	public String header() {
		return header;
	}

	@Override
	public List<String> aliases() {
		return aliases;
	}

	@Override
	public boolean required() {
		return required;
	}
}
