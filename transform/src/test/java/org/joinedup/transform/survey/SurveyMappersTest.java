package org.joinedup.transform.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.testing.Feeds;
import org.junit.jupiter.api.Test;

class SurveyMappersTest {

	@Test
	void respondentRowsToleratesWindows1252CasingSpacesCurlyApostrophesBlanksAndDriftingWording() {
		MappedReturn mapped = new SurveyResponsesMapper(SurveyReader.responses())
			.map(Feeds.file("survey-responses-messy.csv"), "survey-responses-messy.csv");

		assertThat(mapped.findings()).isEmpty();
		List<SurveyAnswerFact> facts = mapped.facts().stream().map(SurveyAnswerFact.class::cast).toList();
		assertThat(facts).extracting(f -> f.answer() == null ? null : f.answer().text())
			.containsExactly("Slight progress", "No progress", "Don't know", null, "Some progress",
					"Significant progress");
		assertThat(facts).extracting(f -> f.answer() == null ? null : f.answer().rank())
			.containsExactly(2, 3, 9, null, 1, 0);
		assertThat(facts).extracting(SurveyAnswerFact::questionId).containsOnly("INT");
		assertThat(facts).extracting(SurveyAnswerFact::sourceRow).containsExactly(2, 3, 4, 5, 6, 7);
		assertThat(mapped.key().orgCode()).isEqualTo("Test survey 2013; Test survey 2021-11");
	}

	@Test
	void aggregateSharesAreKeptAsGivenWithOrWithoutPercentSigns() {
		MappedReturn mapped = new SurveySharesMapper(SurveyReader.shares())
			.map(Feeds.file("survey-shares-percent-signs.csv"), "survey-shares-percent-signs.csv");

		assertThat(mapped.findings()).isEmpty();
		assertThat(mapped.facts()).map(SurveyShareFact.class::cast)
			.extracting(f -> f.answer().text(), SurveyShareFact::sharePercent, SurveyShareFact::respondents)
			.containsExactly(tuple("Extremely concerned", new BigDecimal("65"), 120),
					tuple("Moderately concerned", new BigDecimal("27.5"), 120),
					tuple("Don't know", new BigDecimal("7.5"), 120));
	}

}
