package org.joinedup.transform.ae;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real A&E file NHS England published (samples/real/ae) loads unmodified, against
 * the sample providers reference, which lacks most of their codes (warnings, not errors);
 * the England figures in the warehouse are the file's own England total, copied here from
 * the file.
 */
class AeRealFilesFunctionalTest {

	private static final List<AeColumn> WITHOUT_BOOKED_APPOINTMENTS = AeColumn.COUNTS.stream()
		.filter(column -> !column.name().startsWith("BOOKED"))
		.toList();

	static Stream<Arguments> csvExtracts() {
		return Stream.of(
				withoutBookedAppointments("MSitAE-April-2018.csv", "April 2018",
						"1246348,47256,690765,220986,1099,4679,47648,356,370142,1418,4290,127543"),
				withoutBookedAppointments("MSitAE-SEPTEMBER-2018-2.csv", "September 2018",
						"1269088,47622,688985,216210,622,4924,44428,154,379951,1389,4635,124347"),
				withoutBookedAppointments("MSitAE-OCTOBER-2018.csv", "October 2018",
						"1320032,51282,708178,222865,695,4990,48800,214,398478,1703,4913,140928"),
				withoutBookedAppointments("March-2019-CSV-plaor.csv", "March 2019",
						"1373061,50490,744000,281557,787,7906,59179,331,409617,1730,4617,139493"),
				withoutBookedAppointments("Monthly-AE-July-2019-revised-210720-cd305.csv", "July 2019",
						"1415918,52418,796714,264384,751,10380,58080,452,408752,1840,5101,138376"),
				withoutBookedAppointments("Monthly-October-2019-revised-210720-dr302.csv", "October 2019",
						"1376347,50391,744147,311503,886,7636,79366,725,412649,1810,6647,142027"),
				withoutBookedAppointments("Monthly-AE-December-2019-revised-220720-fd675.csv", "December 2019",
						"1373654,43458,763425,381159,468,14571,96105,2356,416017,3570,5047,136161"),
				withoutBookedAppointments("April-2020-revised-260421-abc123.csv", "April 2020",
						"689720,19726,207129,77357,44,734,15469,251,252680,960,4288,68653"),
				withoutBookedAppointments("July-2020-revised-270421-cd305.csv", "July 2020",
						"1120421,32759,435106,111270,163,1845,20754,271,358671,1340,3372,109843"),
				withBookedAppointments("August-2020-revised-270421-gh920.csv", "August 2020",
						"1177618,32231,488679,1401,0,19074,162912,313,2736,39,0,99,31824,335,365503,1217,3488,104017"),
				withBookedAppointments("Monthly-AE-December-2021-1.csv", "December 2021",
						"1216723,34767,553238,33946,164,37953,418536,816,20568,5411,0,1397,107232,12986,371312,1881,6839,119293"),
				withBookedAppointments("Monthly-AE-October-2024-revised.csv", "October 2024",
						"1422317,49017,809058,30925,700,48519,601329,2163,23500,7784,20,546,99172,49616,415893,1327,4828,145400"),
				withBookedAppointments("August-2025-CSV-g5tyh-v2.0.csv", "August 2025",
						"1351631,48479,781623,32239,605,51368,518160,2245,18635,7382,28,421,79917,35909,394548,1261,5111,125479"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("csvExtracts")
	void loadsWithWarningsOnlyAndEnglandIsTheFilesTotal(String file, String month, Map<AeColumn, Long> england)
			throws Exception {
		Loading loading = Loading.withReferenceData();

		SubmissionSummary loaded = loading.load(Loading.real("ae/" + file));

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loaded.errorCount()).isZero();
		assertThat(loading.jdbc()
			.queryForList("SELECT DISTINCT rule FROM finding WHERE submission_id = ?", String.class, loaded.id()))
			.as("warnings only for codes the sample providers reference lacks")
			.isSubsetOf("ods-code-unknown");
		assertThat(loaded.subject()).isEqualTo("AE_MONTHLY " + month);
		assertThat(englandInTheWarehouse(loading, loaded.id())).isEqualTo(england);
	}

	/**
	 * The sum of each count column over the submission's rows; columns all null left out.
	 */
	private static Map<AeColumn, Long> englandInTheWarehouse(Loading loading, long submissionId) {
		Map<String, Object> sums = loading.jdbc()
			.queryForMap("SELECT " + AeColumn.COUNTS.stream()
				.map(column -> "SUM(%1$s) AS %1$s".formatted(column.name()))
				.collect(Collectors.joining(", ")) + " FROM ae_fact WHERE submission_id = ?", submissionId);
		Map<AeColumn, Long> england = new EnumMap<>(AeColumn.class);
		AeColumn.COUNTS.stream()
			.filter(column -> sums.get(column.name()) != null)
			.forEach(column -> england.put(column, ((Number) sums.get(column.name())).longValue()));
		return england;
	}

	private static Arguments withoutBookedAppointments(String file, String month, String totalRow) {
		return Arguments.of(file, month, counts(WITHOUT_BOOKED_APPOINTMENTS, totalRow));
	}

	private static Arguments withBookedAppointments(String file, String month, String totalRow) {
		return Arguments.of(file, month, counts(AeColumn.COUNTS, totalRow));
	}

	private static Map<AeColumn, Long> counts(List<AeColumn> columns, String totalRow) {
		List<Long> values = Arrays.stream(totalRow.split(",")).map(Long::valueOf).toList();
		Map<AeColumn, Long> counts = new EnumMap<>(AeColumn.class);
		for (int i = 0; i < columns.size(); i++) {
			counts.put(columns.get(i), values.get(i));
		}
		return counts;
	}

}
