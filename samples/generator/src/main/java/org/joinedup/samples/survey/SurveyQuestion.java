package org.joinedup.samples.survey;

import java.util.List;

/**
 * A survey question, the answers on its scale (best first), and the wording it was asked
 * in.
 */
public record SurveyQuestion(String id, String text, List<String> scale) {

	static final List<String> PROGRESS = List.of("Significant progress", "Some progress", "Slight progress",
			"No progress");
	static final List<String> CONFIDENCE = List.of("Very confident", "Confident", "Neither confident nor worried",
			"Worried", "Very worried");
	static final List<String> EXPECTATION = List.of("Increase", "Stay the same", "Decrease");
	static final List<String> CONCERN = List.of("Extremely concerned", "Moderately concerned", "Slightly concerned",
			"Not concerned");

}
