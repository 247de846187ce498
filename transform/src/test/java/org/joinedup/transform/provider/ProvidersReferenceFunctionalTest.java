package org.joinedup.transform.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;

/**
 * R5's providers reference, as our CSV or NHS Digital's trust file; the later version is
 * the current one.
 */
class ProvidersReferenceFunctionalTest {

	@Test
	void loadsTheTrustFileThenOurCsvWhichSupersedesIt() throws Exception {
		Loading loading = new Loading();

		SubmissionSummary trustFile = loading.load(Loading.sample("reference/etr.csv"));
		assertThat(trustFile.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loading.factRows(ProvidersReferenceType.DEFINITION, trustFile.id())).isEqualTo(4);

		SubmissionSummary csv = loading.load(Loading.sample("reference/providers.csv"));
		assertThat(csv.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loading.factRows(ProvidersReferenceType.DEFINITION, csv.id())).isEqualTo(12);
		assertThat(new JdbcProviderDirectory(loading.jdbc()).currentCodes()).hasSize(12).contains("RVW");
		assertThat(loading.jdbc()
			.queryForObject("SELECT status FROM submission WHERE id = ?", String.class, trustFile.id()))
			.isEqualTo("SUPERSEDED");
	}

}
