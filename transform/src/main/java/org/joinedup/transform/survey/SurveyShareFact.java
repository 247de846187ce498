package org.joinedup.transform.survey;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.Fact;

/** A published share of one answer, as given, with the respondents it is a share of. */
record SurveyShareFact(SurveyWave wave, String questionId, String question, AnswerScale.Answer answer, BigDecimal sharePercent,
		int respondents, int sourceRow) implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO survey_share (submission_id, survey, wave, question_id, question, answer, answer_rank,
				    share_percent, respondents, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return Arrays.asList(wave.survey(), wave.wave(), questionId, question, answer.text(), answer.rank(),
				sharePercent, respondents, sourceRow);
	}
}
