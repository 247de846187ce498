package org.joinedup.transform.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.Arrays;

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
	void loadsNhsDigitalsRealTrustFileUnmodified() throws Exception {
		Loading loading = new Loading();

		SubmissionSummary trustFile = loading.load(Loading.real("reference/etr.csv"));

		assertThat(trustFile.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loading.factRows(ProvidersReferenceType.DEFINITION, trustFile.id())).isEqualTo(218);
		assertThat(loading.jdbc()
			.queryForList("SELECT ods_code, name, region, opened_on, closed_on FROM provider"
					+ " WHERE ods_code IN ('RJ1', 'RD3', 'RW6') ORDER BY ods_code"))
			.extracting(row -> Arrays.asList(row.values().toArray()))
			.containsExactly(
					Arrays.asList("RD3", "POOLE HOSPITAL NHS FOUNDATION TRUST", "Y58", Date.valueOf("1992-04-01"),
							Date.valueOf("2020-09-30")),
					Arrays.asList("RJ1", "GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "Y56", Date.valueOf("1993-04-01"),
							null),
					Arrays.asList("RW6", "PENNINE ACUTE HOSPITALS NHS TRUST", "Y62", Date.valueOf("2002-04-01"),
							Date.valueOf("2021-09-30")));
		assertThat(loading.jdbc().queryForObject("SELECT name FROM provider WHERE ods_code = 'RCX'", String.class))
			.isEqualTo("THE QUEEN ELIZABETH HOSPITAL, KING'S LYNN, NHS FOUNDATION TRUST");
	}

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
