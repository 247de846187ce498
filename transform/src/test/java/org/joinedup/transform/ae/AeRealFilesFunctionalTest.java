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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real A&E file NHS England published (samples/real/ae), extract or workbook, loads
 * unmodified, against the sample providers reference, which lacks most of their codes
 * (warnings, not errors); the England figures in the warehouse are the file's own England
 * total, copied here from the file.
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

	/**
	 * The England row of each workbook's provider table, percentages left out; the June
	 * 2025 one from its Non-Booked Data, less its columns of attendances within 4 hours,
	 * and from its Booked Appointments Data.
	 */
	static Stream<Arguments> workbooks() {
		return Stream.of(workbook("June-2015-AE-by-org-revised-nlixs.xlsx", "June 2015",
				"1249213,53398,608598,1911209,96663,239,2422,99324,328757,1139,4085,333981,124809,458790,19065,25"),
				workbook("August-2015-AE-by-provider-783w5.xls", "August 2015",
						"1215826,49458,599855,1865139,104396,236,1843,106475,331841,1225,4063,337129,118303,455432,20030,28"),
				workbook("October-2016-AE-by-provider-JThHu.xls", "October 2016",
						"1317571,51020,633225,2001816,214604,556,3977,219137,357874,1160,4275,363309,129674,492983,48816,252"),
				workbookWithBookedAppointments("June-2025-AE-by-provider-3euC4-1.xlsx", "June 2025",
						"1395330,50843,820895,2267068,539355,2030,25349,566734,396175,1389,4879,402443,134453,536896,118171,38683",
						"33233,775,49402,83410,7516,13,546,8075"));
	}

	static Stream<Arguments> realFiles() {
		return Stream.concat(csvExtracts(), workbooks());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("realFiles")
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

	@Test
	void theOctober2016WorkbookGivesEnglandsAttendancesAndEmergencyAdmissions() throws Exception {
		Loading loading = Loading.withReferenceData();

		SubmissionSummary loaded = loading.load(Loading.real("ae/October-2016-AE-by-provider-JThHu.xls"));

		Map<String, Object> england = loading.jdbc().queryForMap("""
				SELECT CAST(SUM(attendances_type_1 + attendances_type_2 + attendances_other) AS BIGINT) AS attendances,
				       CAST(SUM(emergency_type_1 + emergency_type_2 + emergency_other) AS BIGINT) AS via_ae,
				       CAST(SUM(emergency_type_1 + emergency_type_2 + emergency_other + other_emergency) AS BIGINT)
				         AS emergency
				FROM ae_fact WHERE submission_id = ?""", loaded.id());
		assertThat(england).containsEntry("ATTENDANCES", 2_001_816L)
			.containsEntry("VIA_AE", 363_309L)
			.containsEntry("EMERGENCY", 492_983L);
	}

	/**
	 * The workbook's waits from decision to admit over 4 hours include those over 12; the
	 * extract's column is 4 to 12 hours.
	 */
	private static Arguments workbook(String file, String month, String englandRow) {
		return Arguments.of(file, month, england(englandRow));
	}

	/** The England row of Booked Appointments Data, up to its total over 4 hours. */
	private static Arguments workbookWithBookedAppointments(String file, String month, String englandRow,
			String bookedEnglandRow) {
		List<Long> booked = Arrays.stream(bookedEnglandRow.split(",")).map(Long::valueOf).toList();
		Map<AeColumn, Long> england = england(englandRow);
		england.put(AeColumn.BOOKED_TYPE_1, booked.get(0));
		england.put(AeColumn.BOOKED_TYPE_2, booked.get(1));
		england.put(AeColumn.BOOKED_OTHER, booked.get(2));
		england.put(AeColumn.BOOKED_OVER_4_HOURS_TYPE_1, booked.get(4));
		england.put(AeColumn.BOOKED_OVER_4_HOURS_TYPE_2, booked.get(5));
		england.put(AeColumn.BOOKED_OVER_4_HOURS_OTHER, booked.get(6));
		return Arguments.of(file, month, england);
	}

	private static Map<AeColumn, Long> england(String englandRow) {
		List<Long> row = Arrays.stream(englandRow.split(",")).map(Long::valueOf).toList();
		Map<AeColumn, Long> england = new EnumMap<>(AeColumn.class);
		england.put(AeColumn.ATTENDANCES_TYPE_1, row.get(0));
		england.put(AeColumn.ATTENDANCES_TYPE_2, row.get(1));
		england.put(AeColumn.ATTENDANCES_OTHER, row.get(2));
		england.put(AeColumn.OVER_4_HOURS_TYPE_1, row.get(4));
		england.put(AeColumn.OVER_4_HOURS_TYPE_2, row.get(5));
		england.put(AeColumn.OVER_4_HOURS_OTHER, row.get(6));
		england.put(AeColumn.EMERGENCY_TYPE_1, row.get(8));
		england.put(AeColumn.EMERGENCY_TYPE_2, row.get(9));
		england.put(AeColumn.EMERGENCY_OTHER, row.get(10));
		england.put(AeColumn.OTHER_EMERGENCY, row.get(12));
		england.put(AeColumn.WAITED_4_TO_12_HOURS, row.get(14) - row.get(15));
		england.put(AeColumn.WAITED_OVER_12_HOURS, row.get(15));
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
