package org.joinedup.transform.survey;

import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;

/** The columns of a respondent-level leadership survey file (R4). */
public enum SurveyResponseColumn implements CsvColumn {

	SURVEY("Survey", true), WAVE("Wave", true), RESPONDENT_ID("Respondent ID", true),
	ORGANISATION_TYPE("Organisation type", false), ROLE("Role", false), QUESTION_ID("Question ID", true),
	QUESTION("Question", true), RESPONSE("Response", true, "Answer");

	private final ColumnSpec spec;

	SurveyResponseColumn(String header, boolean required, String... aliases) {
		this.spec = new ColumnSpec(header, required, List.of(aliases));
	}

	@Override
	public ColumnSpec spec() {
		return spec;
	}

}
