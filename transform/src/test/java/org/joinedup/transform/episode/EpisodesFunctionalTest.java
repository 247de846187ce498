package org.joinedup.transform.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;

/**
 * R6 from the sample extract to the warehouse: counts with the lines they came from, bad
 * rows as warnings.
 */
class EpisodesFunctionalTest {

	@Test
	void countsTheExtractsRowsAndQuarantinesTheBadOnes() throws Exception {
		Loading loading = Loading.withReferenceData();

		SubmissionSummary loaded = loading.load(Loading.sample("episodes/episodes-2016-17-Q4.csv"));

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loaded.subject()).isEqualTo("EPISODES 2017-01 to 2017-03 2016-17 Q4");
		assertThat(loaded.warningCount()).isEqualTo(4);
		assertThat(loading.factRows(EpisodesType.DEFINITION, loaded.id())).isEqualTo(loaded.rowCount());
		long lines = loading.jdbc().queryForObject("SELECT SUM(admissions) FROM episode_count", Long.class);
		assertThat(lines + loaded.warningCount()).as("every data line counted once or quarantined")
			.isEqualTo(Files.readAllLines(Loading.sample("episodes/episodes-2016-17-Q4.csv")).size() - 1);
		assertThat(loading.jdbc().queryForObject("SELECT MIN(first_line) FROM episode_count", Integer.class))
			.isEqualTo(2);
	}

}
