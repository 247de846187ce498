package org.joinedup.transform.dtoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;

/**
 * R2 from a sample monthly extract to the warehouse, each row mapped to its area by the
 * areas reference.
 */
class DtocMonthlyFunctionalTest {

	@Test
	void loadsAMonthWithEachRowsAreaAndLine() throws Exception {
		Loading loading = Loading.withReferenceData();

		SubmissionSummary loaded = loading.load(Loading.sample("dtoc/2016-17/DTOC-2016-10.csv"));

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loaded.subject()).isEqualTo("DTOC_MONTHLY October 2016");
		assertThat(loading.factRows(DtocMonthlyType.DEFINITION, loaded.id())).isEqualTo(loaded.rowCount())
			.isEqualTo(240);
		Map<String, Object> first = loading.jdbc().queryForMap("""
				SELECT area_code, reason, nhs_days, social_care_days FROM dtoc_fact
				WHERE submission_id = ? AND source_row = 5""", loaded.id());
		assertThat(first).containsEntry("AREA_CODE", "E06000001")
			.containsEntry("REASON", "A_COMPLETION_ASSESSMENT")
			.containsEntry("NHS_DAYS", 42L)
			.containsEntry("SOCIAL_CARE_DAYS", 31L);
	}

}
