package org.joinedup.transform.ae;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;

/**
 * R3 from a sample monthly extract to the warehouse: one row per provider, the totals row
 * checked, not kept.
 */
class AeMonthlyFunctionalTest {

	@Test
	void loadsAMonthWithEachProvidersLine() throws Exception {
		Loading loading = Loading.withReferenceData();

		SubmissionSummary loaded = loading.load(Loading.sample("ae/2016-17/MSitAE-2016-10.csv"));

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loaded.subject()).isEqualTo("AE_MONTHLY October 2016");
		assertThat(loading.factRows(AeMonthlyType.DEFINITION, loaded.id())).isEqualTo(loaded.rowCount()).isEqualTo(12);
		Map<String, Object> rvw = loading.jdbc()
			.queryForMap("""
					SELECT attendances_type_1, source_row FROM ae_fact WHERE submission_id = ? AND org_code = 'RVW'""",
					loaded.id());
		assertThat(rvw).containsEntry("ATTENDANCES_TYPE_1", 1525L).containsEntry("SOURCE_ROW", 6);
	}

}
