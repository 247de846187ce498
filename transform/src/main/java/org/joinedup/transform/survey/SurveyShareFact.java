package org.joinedup.transform.survey;

import java.math.BigDecimal;

import org.joinedup.transform.load.Fact;

/** A published share of one answer, as given, with the respondents it is a share of. */
record SurveyShareFact(SurveyWave wave, String questionId, String question, AnswerScale.Answer answer,
		BigDecimal sharePercent, int respondents, int sourceRow) implements Fact {
}
