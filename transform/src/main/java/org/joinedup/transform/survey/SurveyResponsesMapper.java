package org.joinedup.transform.survey;

import static org.joinedup.transform.survey.SurveyResponseColumn.ORGANISATION_TYPE;
import static org.joinedup.transform.survey.SurveyResponseColumn.QUESTION;
import static org.joinedup.transform.survey.SurveyResponseColumn.QUESTION_ID;
import static org.joinedup.transform.survey.SurveyResponseColumn.RESPONDENT_ID;
import static org.joinedup.transform.survey.SurveyResponseColumn.RESPONSE;
import static org.joinedup.transform.survey.SurveyResponseColumn.ROLE;
import static org.joinedup.transform.survey.SurveyResponseColumn.SURVEY;
import static org.joinedup.transform.survey.SurveyResponseColumn.WAVE;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.joinedup.ingest.csv.CsvRow;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.ReturnType;

/**
 * R4 at respondent level: one answer per respondent per question, from the question's
 * scale, {@code Don't know}, or blank (kept, but no part of the base a share is taken
 * of).
 */
public class SurveyResponsesMapper extends SurveyMapper {

	public SurveyResponsesMapper(SurveyReader reader) {
		super(ReturnType.SURVEY_RESPONSES, reader);
	}

	@Override
	void check(List<CsvRow> rows, Checks checks, List<Fact> facts, Set<SurveyWave> waves) {
		QuestionScales scales = new QuestionScales(rows, row -> questionId(row, checks),
				row -> row.get(RESPONSE).text());
		Set<List<Object>> answered = new HashSet<>();
		for (CsvRow row : rows) {
			SurveyWave wave = SurveyWave.of(row.get(SURVEY), row.get(WAVE), checks);
			String respondent = checks.text(row.get(RESPONDENT_ID), 60, "The Respondent ID");
			String questionId = questionId(row, checks);
			if (wave == null) {
				continue;
			}
			SourceValue missing = respondent == null ? row.get(RESPONDENT_ID) : questionId == null
					? row.get(QUESTION_ID) : row.get(QUESTION).isBlank() ? row.get(QUESTION) : null;
			if (missing != null) {
				checks.error(Level.RECORD, missing, "value-missing",
						"Every answer needs its Respondent ID, Question ID and Question");
				continue;
			}
			SourceValue response = row.get(RESPONSE);
			AnswerScale.Answer answer = null;
			if (!response.isBlank()) {
				Optional<AnswerScale.Answer> onScale = scales.match(questionId, response.text());
				if (onScale.isEmpty()) {
					checks.error(Level.RECORD, response, "answer-off-scale",
							"'" + response.text().trim() + "' is not an answer on the scale of question " + questionId);
					continue;
				}
				answer = onScale.get();
			}
			if (!answered.add(List.of(wave, respondent, questionId))) {
				checks.error(Level.RECORD, row.get(RESPONDENT_ID), "answer-duplicate", "Respondent " + respondent
						+ " answers question " + questionId + " more than once in " + wave.wave());
				continue;
			}
			waves.add(wave);
			facts.add(new SurveyAnswerFact(wave, respondent,
					checks.text(row.get(ORGANISATION_TYPE), 200, "The Organisation Type"),
					checks.text(row.get(ROLE), 200, "The Role"), questionId,
					checks.text(row.get(QUESTION), 1000, "The Question"), answer, row.line()));
		}
	}

	private static String questionId(CsvRow row, Checks checks) {
		return checks.text(row.get(QUESTION_ID), 60, "The Question ID");
	}

}
