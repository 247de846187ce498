package org.joinedup.transform.bcf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R1 from a sample workbook, either format, to the warehouse: every figure with its sheet
 * and row.
 */
class BcfQuarterlyFunctionalTest {

	@ParameterizedTest
	@CsvSource({ "bcf/2016-17/Q4/E06000001-hartlepool.xlsx, 2016-17 Q4",
			"bcf/2015-16/Q1/E06000001-hartlepool.xls, 2015-16 Q1" })
	void loadsAWorkbookWithTheSheetAndRowOfEveryFigure(String sample, String quarter) throws Exception {
		Loading loading = Loading.withReferenceData();

		SubmissionSummary loaded = loading.load(Loading.sample(sample));

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loaded.subject()).isEqualTo("BCF_QUARTERLY E06000001 Hartlepool " + quarter);
		assertThat(loading.factRows(BcfQuarterlyType.DEFINITION, loaded.id())).isEqualTo(loaded.rowCount());
		assertThat(loading.jdbc()
			.queryForList("SELECT metric_code FROM metric_fact WHERE submission_id = ?", String.class, loaded.id()))
			.containsExactlyInAnyOrder("NEA", "DTOC", "RES", "REA");
	}

	@ParameterizedTest
	@CsvSource({ "bcf/2016-17/Q4/E06000001-hartlepool.xlsx" })
	void aMetricKnowsWhereItCameFrom(String sample) throws Exception {
		Loading loading = Loading.withReferenceData();

		long id = loading.load(Loading.sample(sample)).id();

		Map<String, Object> nea = loading.jdbc()
			.queryForMap(
					"""
							SELECT actual, source_sheet, source_row FROM metric_fact WHERE submission_id = ? AND metric_code = 'NEA'""",
					id);
		assertThat((BigDecimal) nea.get("ACTUAL")).isEqualByComparingTo("2377");
		assertThat(nea).containsEntry("SOURCE_SHEET", "2) Metrics").containsEntry("SOURCE_ROW", 5);
	}

}
