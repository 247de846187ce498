package org.joinedup.transform.survey;

import org.joinedup.transform.load.Fact;

/** One respondent's answer to one question; a null answer was left blank. */
record SurveyAnswerFact(SurveyWave wave, String respondentId, String organisationType, String role, String questionId,
		String question, AnswerScale.Answer answer, int sourceRow) implements Fact {
}
