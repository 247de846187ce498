package org.joinedup.ingest.survey;

import java.util.List;

import org.joinedup.ingest.csv.CsvColumn;

/** The columns of a leadership survey file in aggregate form (R4): published shares. */
public enum SurveyShareColumn implements CsvColumn {

	SURVEY("Survey", true),
	WAVE("Wave", true),
	QUESTION_ID("Question ID", true),
	QUESTION("Question", true),
	ANSWER("Answer", true),
	SHARE("Share (%)", true, "Share"),
	RESPONDENTS("Respondents", true);

	private final String header;

	private final boolean required;

	private final List<String> aliases;

	SurveyShareColumn(String header, boolean required, String... aliases) {
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
