package org.joinedup.transform.survey;

import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;

/** The columns of a leadership survey file in aggregate form (R4): published shares. */
public enum SurveyShareColumn implements CsvColumn {

	SURVEY("Survey", true), WAVE("Wave", true), QUESTION_ID("Question ID", true), QUESTION("Question", true),
	ANSWER("Answer", true), SHARE("Share (%)", true, "Share"), RESPONDENTS("Respondents", true);

	private final ColumnSpec spec;

	SurveyShareColumn(String header, boolean required, String... aliases) {
		this.spec = new ColumnSpec(header, required, List.of(aliases));
	}

	@Override
	public ColumnSpec spec() {
		return spec;
	}

}
