package org.joinedup.transform.survey;

import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.Fact;

/** One respondent's answer to one question; a null answer was left blank. */
record SurveyAnswerFact(SurveyWave wave, String respondentId, String organisationType, String role,
		String questionId, String question, AnswerScale.Answer answer, int sourceRow) implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO survey_answer (submission_id, survey, wave, respondent_id, organisation_type,
				    respondent_role, question_id, question, answer, answer_rank, source_row)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return Arrays.asList(wave.survey(), wave.wave(), respondentId, organisationType, role, questionId, question,
				answer == null ? null : answer.text(), answer == null ? null : answer.rank(), sourceRow);
	}
}
