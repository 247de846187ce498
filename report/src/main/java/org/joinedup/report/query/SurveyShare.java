package org.joinedup.report.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One answer's share of a survey question in one wave. {@code respondents} is the base
 * the share is of (those who answered; blanks are not in it); {@code rank} is the
 * answer's place on its scale.
 */
public record SurveyShare(String survey, String wave, String questionId, String question, String answer, int rank,
		int respondents, BigDecimal share) {

	/**
	 * The last day the wave can have run: the end of its year ({@code 2013}) or of its
	 * month ({@code 2021-11}).
	 */
	public LocalDate waveEnd() {
		return waveEnd(wave);
	}

	static LocalDate waveEnd(String wave) {
		return wave.length() == 4 ? LocalDate.of(Integer.parseInt(wave), 12, 31) : YearMonth.parse(wave).atEndOfMonth();
	}

}
