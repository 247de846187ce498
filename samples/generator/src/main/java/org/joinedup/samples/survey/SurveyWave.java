package org.joinedup.samples.survey;

import java.util.List;
import java.util.Map;

/**
 * One wave of a survey: for each question, how many respondents gave each answer of its
 * scale (in scale order), then how many said "Don't know" and how many left it blank.
 * {@code published} marks the waves whose figures are the published ones; the others are
 * illustrative.
 */
public record SurveyWave(String survey, String wave, int respondents, boolean published,
		Map<SurveyQuestion, Answers> answers) {

	/** Counts per scale answer, then Don't know, then blank. */
	public record Answers(List<Integer> onScale, int dontKnow, int blank) {

		public int total() {
			return onScale.stream().mapToInt(Integer::intValue).sum() + dontKnow + blank;
		}

		/**
		 * The base a share is taken of: everyone who answered (Don't know included,
		 * blanks not).
		 */
		public int base() {
			return total() - blank;
		}
	}
}
