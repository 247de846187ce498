package org.joinedup.transform.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.text.TextMatch;

/**
 * The answer scales of the leadership surveys (R4), matched as text. {@code Don't know}
 * fits every scale.
 */
enum AnswerScale {

	PROGRESS("Significant progress", "Some progress", "Slight progress", "No progress"),
	CONFIDENCE("Very confident", "Confident", "Neither confident nor worried", "Worried", "Very worried"),
	EXPECTATION("Increase", "Stay the same", "Decrease"),
	CONCERN("Extremely concerned", "Moderately concerned", "Slightly concerned", "Not concerned"),
	AGREEMENT("Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree");

	static final String DONT_KNOW = "Don't know";

	private static final List<String> DONT_KNOW_FORMS = List.of(DONT_KNOW, "Don\u2019t know", "Dont know",
			"Do not know");

	private final List<String> answers;

	AnswerScale(String... answers) {
		this.answers = List.of(answers);
	}

	/**
	 * An answer as its scale writes it, and its place on the scale (0 = first;
	 * {@code Don't know} last).
	 */
	record Answer(String text, int rank) {
	}

	static final Answer DONT_KNOW_ANSWER = new Answer(DONT_KNOW, 9);

	/** The answer as the scale writes it, if it is on this scale. */
	Optional<Answer> match(String answer) {
		if (isDontKnow(answer)) {
			return Optional.of(DONT_KNOW_ANSWER);
		}
		for (int rank = 0; rank < answers.size(); rank++) {
			if (TextMatch.same(answers.get(rank), answer)) {
				return Optional.of(new Answer(answers.get(rank), rank));
			}
		}
		return Optional.empty();
	}

	static boolean isDontKnow(String answer) {
		return TextMatch.sameAsAny(answer, DONT_KNOW_FORMS);
	}

	/**
	 * The scales the answer is on: every scale for {@code Don't know}, none for an
	 * unknown answer.
	 */
	static List<AnswerScale> containing(String answer) {
		return Arrays.stream(values()).filter(scale -> scale.match(answer).isPresent()).toList();
	}

}
