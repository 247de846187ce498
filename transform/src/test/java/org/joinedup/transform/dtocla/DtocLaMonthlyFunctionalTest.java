package org.joinedup.transform.dtocla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real LA workbook release loads unmodified, and the warehouse's England totals for
 * its month are the file's own England row (transcribed from the file's 'LA - by
 * responsible org' sheet).
 */
class DtocLaMonthlyFunctionalTest {

	static Path real(String file) {
		return Path.of("..", "samples", "real", "dtoc", file).toAbsolutePath().normalize();
	}

	@ParameterizedTest
	@CsvSource({ "April_12.xls, April 2012, 68751, 31755, 7976", "Oct_14.xls, October 2014, 94836, 38158, 9933",
			"Oct_16.xls, October 2016, 114651, 69863, 15581", "Oct_18.xls, October 2018, 90319, 44326, 11965",
			"Dec_19.xls, December 2019, 89694, 44863, 13544" })
	void loadsEveryReleaseWithTheFilesEnglandTotals(String file, String month, long nhs, long socialCare, long both)
			throws Exception {
		Loading loading = Loading.withReferenceData();

		SubmissionSummary loaded = loading.load(real(file));

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loaded.subject()).isEqualTo("DTOC_LA_MONTHLY " + month);
		assertThat(loaded.errorCount()).isZero();
		assertThat(englandTotals(loading, loaded.id(), "RESPONSIBLE_ORG"))
			.isEqualTo(Map.of("NHS", nhs, "SOCIAL_CARE", socialCare, "BOTH", both));
		long total = nhs + socialCare + both;
		assertThat(
				englandTotals(loading, loaded.id(), "TYPE_OF_CARE").values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(total);
		assertThat(englandTotals(loading, loaded.id(), "REASON").values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(total);
		assertThat(loading.jdbc()
			.queryForList("SELECT DISTINCT rule FROM finding WHERE submission_id = ?", String.class, loaded.id()))
			.allMatch(rule -> rule.equals("area-not-in-reference") || rule.equals("legacy-code-name-mismatch"));
	}

	private static Map<String, Long> englandTotals(Loading loading, long submissionId, String breakdown) {
		Map<String, Long> totals = new HashMap<>();
		loading.jdbc().query("""
				SELECT category, SUM(delayed_days) FROM dtoc_la_fact
				WHERE submission_id = ? AND breakdown = ? GROUP BY category""", rs -> {
			totals.put(rs.getString(1), rs.getLong(2));
		}, submissionId, breakdown);
		return totals;
	}

}
