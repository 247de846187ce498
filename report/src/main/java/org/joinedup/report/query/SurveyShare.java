package org.joinedup.report.query;

import java.math.BigDecimal;

/**
 * One answer's share of a survey question in one wave. {@code respondents} is the base
 * the share is of (those who answered; blanks are not in it); {@code rank} is the
 * answer's place on its scale.
 */
public record SurveyShare(String survey, String wave, String questionId, String question, String answer, int rank,
		int respondents, BigDecimal share) {
}
