package org.joinedup.transform.survey;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which scale each question uses: the one most of its answers are on. An answer of a
 * question that is not on that scale fits no scale of the question.
 */
final class QuestionScales {

	private final Map<String, AnswerScale> byQuestion = new HashMap<>();

	/**
	 * @param rows the file's rows, each giving its question ID and answer (null when
	 * blank)
	 */
	<T> QuestionScales(List<T> rows, Function<T, String> questionId, Function<T, String> answer) {
		Map<String, Map<AnswerScale, Integer>> votes = new HashMap<>();
		for (T row : rows) {
			String text = answer.apply(row);
			if (text == null || text.isBlank() || AnswerScale.isDontKnow(text)) {
				continue;
			}
			for (AnswerScale scale : AnswerScale.containing(text)) {
				votes.computeIfAbsent(questionId.apply(row), q -> new EnumMap<>(AnswerScale.class))
					.merge(scale, 1, Integer::sum);
			}
		}
		votes.forEach((question, counts) -> byQuestion.put(question,
				counts.entrySet()
					.stream()
					.max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
					.orElseThrow()
					.getKey()));
	}

	/**
	 * The answer as the question's scale writes it; empty when it fits no scale of that
	 * question.
	 */
	Optional<AnswerScale.Answer> match(String questionId, String answer) {
		if (AnswerScale.isDontKnow(answer)) {
			return Optional.of(AnswerScale.DONT_KNOW_ANSWER);
		}
		AnswerScale scale = byQuestion.get(questionId);
		return scale == null ? Optional.empty() : scale.match(answer);
	}

}
