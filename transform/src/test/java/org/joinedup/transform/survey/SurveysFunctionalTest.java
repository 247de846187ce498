package org.joinedup.transform.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;

/**
 * R4 from the sample survey files to the warehouse, in both forms: respondent level and
 * published shares.
 */
class SurveysFunctionalTest {

	@Test
	void loadsRespondentAnswersAndPublishedShares() throws Exception {
		Loading loading = new Loading();

		SubmissionSummary responses = loading
			.load(Loading.sample("surveys/nhs-providers-survey-2021-11-responses.csv"));
		SubmissionSummary shares = loading.load(Loading.sample("surveys/nhs-providers-survey-2019-11-results.csv"));

		assertThat(responses.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(responses.subject()).isEqualTo("SURVEY_RESPONSES NHS Providers survey 2021-11");
		assertThat(loading.factRows(SurveyTypes.RESPONSES, responses.id())).isEqualTo(228);
		assertThat(shares.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loading.factRows(SurveyTypes.AGGREGATE, shares.id())).isEqualTo(9);
		assertThat(loading.jdbc().queryForObject("""
				SELECT share_percent FROM survey_share
				WHERE question_id = 'LOCAL-SUPPORT' AND answer = 'Very confident' AND source_row = 2""", Double.class))
			.isEqualTo(3.3);
	}

}
