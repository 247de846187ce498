package org.joinedup.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Three areas expected in 2016-17, two quarters of returns. Quarter 2: Tameside
 * resubmitted (first return superseded, with a warning), Barking and Dagenham's accepted
 * return followed by a rejected one (two errors), Hartlepool sent nothing. Plus: a
 * superseded areas reference, an area no longer valid, a return of the year before, an
 * undated rejected file, a file received after the report was made, Income and
 * Expenditure revisions and a scheme named like a formula. Hand-computed figures are in
 * {@link QuarterlyReportWriterTest}.
 */
final class BcfFixture {

	static final String TAMESIDE = "E08000008";
	static final String BARKING = "E09000002";
	static final String HARTLEPOOL = "E06000001";
	static final String HOSTILE_SCHEME = "=HYPERLINK(\"http://x.example\",\"click\")";

	/**
	 * The application's default unit costs: £1,611 per non-elective admission, £305 per
	 * delayed day.
	 */
	static final ReportSettings SETTINGS = new ReportSettings(new BigDecimal("1611"), new BigDecimal("305"));
	static final ReportRun RUN = new ReportRun("quarterlyReport execution 42", Instant.parse("2016-11-01T09:30:00Z"));
	static final String BCF = "BCF_QUARTERLY";

	/**
	 * Hand-computed Summary figures for 2016-17 Q2, year to date, England = Tameside and
	 * Barking and Dagenham.
	 */
	static final Map<String, Double> EXPECTED_Q2 = expectedQ2();

	private static Map<String, Double> expectedQ2() {
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put("Areas_Expected", 3.0); // Oldtown's validity ended before the year;
											// Ghost County is in an old reference
		figures.put("Areas_Reporting", 2.0); // Hartlepool sent nothing for Q2
		// planned: Tameside 100,000 (Q1) + 110,000 (Q2); Barking 50,000 + 55,000 (its Q3
		// plan is not yet due)
		figures.put("Spend_Planned_YTD", 315000.0);
		// actual: Tameside revised Q1 to 95,000, + 105,000; Barking's Q2 return left Q1
		// blank, so Q1's 48,000 + 56,000
		figures.put("Spend_Actual_YTD", 304000.0);
		figures.put("Savings_Planned", 200000 + 50000 + 80000.0);
		figures.put("Savings_Achieved", 90000 + 10000 + 20000.0);
		figures.put("NEA_Baseline_YTD", 6000 + 6200 + 4000 + 4100.0);
		figures.put("NEA_Plan_YTD", 5800 + 6000 + 3900 + 4000.0);
		figures.put("NEA_Actual_YTD", 6100 + 6050 + 4100 + 3950.0);
		figures.put("NEA_Variance_YTD", 500.0);
		figures.put("NEA_Variance_Cost", 500 * 1611.0);
		figures.put("DTOC_Baseline_YTD", 1200 + 1250 + 800 + 820.0);
		figures.put("DTOC_Plan_YTD", 1100 + 1150 + 750 + 780.0);
		figures.put("DTOC_Actual_YTD", 1300 + 1400 + 700 + 810.0);
		figures.put("DTOC_Variance_YTD", 430.0);
		figures.put("DTOC_Variance_Cost", 430 * 305.0);
		figures.put("RES_Actual_YTD", 40 + 35 + 20 + 25.0);
		figures.put("REA_Actual_YTD", (80 + 90 + 50 + 55) / (100 + 110 + 70 + 75.0));
		figures.put("Cost_NEA_Unit", 1611.0);
		figures.put("Cost_DTOC_Unit", 305.0);
		return Collections.unmodifiableMap(figures);
	}

	static void load(Warehouse w) {
		LocalDateTime q1Received = LocalDateTime.of(2016, 7, 20, 10, 0);
		LocalDateTime q2Received = LocalDateTime.of(2016, 10, 20, 10, 0);

		file(w, 1, "areas-2015.csv", "AREAS_REFERENCE", null, null, null, LocalDateTime.of(2015, 4, 1, 9, 0));
		w.area(1, "E10000099", "Ghost County", "Nowhere", 99999, null, null);
		file(w, 2, "areas-2016.csv", "AREAS_REFERENCE", null, null, null, LocalDateTime.of(2016, 4, 1, 9, 0));
		w.supersede(1, 2);
		w.area(2, TAMESIDE, "Tameside", "North West", 40000, LocalDate.of(2013, 4, 1), null);
		w.area(2, BARKING, "Barking and Dagenham", "London", 20000, null, null);
		w.area(2, HARTLEPOOL, "Hartlepool", "North East", 18000, LocalDate.of(2013, 4, 1), null);
		w.area(2, "E06000099", "Oldtown", "North East", 5000, LocalDate.of(2010, 4, 1), LocalDate.of(2016, 3, 31));

		// The year before: must not count.
		file(w, 5, "tameside-2015-16-q4.xlsx", BCF, TAMESIDE, 2015, 4, LocalDateTime.of(2016, 4, 20, 10, 0));
		w.metrics(5, TAMESIDE, 2015, 4, new int[] { 1, 1, 1 }, new int[] { 1, 1, 1 }, 1, 1, 1);
		w.spend(5, TAMESIDE, 2015, 4, 777, 777);

		// Quarter 1: everyone reports.
		file(w, 10, "tameside-2016-17-q1.xlsx", BCF, TAMESIDE, 2016, 1, q1Received);
		w.metrics(10, TAMESIDE, 2016, 1, new int[] { 6000, 5800, 6100 }, new int[] { 1200, 1100, 1300 }, 40, 80, 100);
		w.spend(10, TAMESIDE, 2016, 1, 100000, 90000);
		w.spend(10, TAMESIDE, 2016, 2, 100000, null);
		w.scheme(10, TAMESIDE, 2016, 1, "T1", "Integrated discharge team", "Discharge", 200000, 40000, "On track");
		file(w, 11, "barking-2016-17-q1.xlsx", BCF, BARKING, 2016, 1, q1Received.plusHours(1));
		w.metrics(11, BARKING, 2016, 1, new int[] { 4000, 3900, 4100 }, new int[] { 800, 750, 700 }, 20, 50, 70);
		w.spend(11, BARKING, 2016, 1, 50000, 48000);
		file(w, 12, "hartlepool-2016-17-q1.xls", BCF, HARTLEPOOL, 2016, 1, q1Received.plusHours(2));
		w.metrics(12, HARTLEPOOL, 2016, 1, new int[] { 3000, 2900, 3050 }, new int[] { 500, 450, 480 }, 10, 30, 40);
		w.spend(12, HARTLEPOOL, 2016, 1, 30000, 30000);
		w.finding(12, "GROUP", "WARNING", "hartlepool-2016-17-q1.xls", "Income and Expenditure", 9, "Total", "30002",
				"TOTAL_MISMATCH", "Total differs from the sum of the quarters by £2");

		// Quarter 2: Tameside's first return, superseded by its resubmission.
		file(w, 20, "tameside-2016-17-q2.xlsx", BCF, TAMESIDE, 2016, 2, q2Received);
		w.metrics(20, TAMESIDE, 2016, 2, new int[] { 9999, 9999, 9999 }, new int[] { 9999, 9999, 9999 }, 999, 1, 2);
		w.spend(20, TAMESIDE, 2016, 1, 100000, 1);
		w.spend(20, TAMESIDE, 2016, 2, 999999, 999999);
		w.scheme(20, TAMESIDE, 2016, 2, "T1", "Integrated discharge team", "Discharge", 999999, 999999, "On track");
		w.finding(20, "GROUP", "WARNING", "tameside-2016-17-q2.xlsx", "Income and Expenditure", 9, "Total", "205000",
				"TOTAL_MISMATCH", "Total differs from the sum of the quarters by £5,000");
		file(w, 21, "tameside-2016-17-q2-v2.xlsx", BCF, TAMESIDE, 2016, 2, q2Received.plusDays(3));
		w.supersede(20, 21);
		w.metrics(21, TAMESIDE, 2016, 2, new int[] { 6200, 6000, 6050 }, new int[] { 1250, 1150, 1400 }, 35, 90, 110);
		w.spend(21, TAMESIDE, 2016, 1, 100000, 95000);
		w.spend(21, TAMESIDE, 2016, 2, 110000, 105000);
		w.scheme(21, TAMESIDE, 2016, 2, "T1", "Integrated discharge team", "Discharge", 200000, 90000, "On track");
		w.scheme(21, TAMESIDE, 2016, 2, "T2", HOSTILE_SCHEME, "Prevention", 50000, 10000, "At risk");

		// Barking and Dagenham: accepted, then a resubmission that was rejected (it
		// changes nothing).
		file(w, 22, "barking-2016-17-q2.xlsx", BCF, BARKING, 2016, 2, q2Received.plusHours(1));
		w.metrics(22, BARKING, 2016, 2, new int[] { 4100, 4000, 3950 }, new int[] { 820, 780, 810 }, 25, 55, 75);
		w.spend(22, BARKING, 2016, 1, 50000, null);
		w.spend(22, BARKING, 2016, 2, 55000, 56000);
		w.spend(22, BARKING, 2016, 3, 60000, null);
		w.scheme(22, BARKING, 2016, 2, "B1", "Falls prevention", "Prevention", 80000, 20000, "Off track");
		file(w, 23, "barking-2016-17-q2-fix.xlsx", BCF, BARKING, 2016, 2, q2Received.plusDays(5));
		w.jdbc.update("UPDATE submission SET status = 'REJECTED' WHERE id = 23");
		w.finding(23, "RECORD", "ERROR", "barking-2016-17-q2-fix.xlsx", "Metrics", 7, "Actual", "-5", "NEGATIVE_COUNT",
				"NEA actual must not be negative");
		w.finding(23, "RECORD", "ERROR", "barking-2016-17-q2-fix.xlsx", "Savings", 8, "Scheme ID", "=1+1",
				"DUPLICATE_SCHEME", "Scheme ID B1 appears twice");

		// Files that could not be dated: one before the report was made, one after.
		file(w, 30, "scan.pdf", "UNKNOWN", null, null, null, LocalDateTime.of(2016, 10, 2, 8, 0));
		w.jdbc.update("UPDATE submission SET status = 'REJECTED' WHERE id = 30");
		w.finding(30, "FILE", "ERROR", "scan.pdf", null, null, null, null, "NOT_A_WORKBOOK",
				"scan.pdf is not a workbook or CSV file");
		file(w, 31, "late.pdf", "UNKNOWN", null, null, null, LocalDateTime.of(2016, 11, 5, 8, 0));
		w.jdbc.update("UPDATE submission SET status = 'REJECTED' WHERE id = 31");
		w.finding(31, "FILE", "ERROR", "late.pdf", null, null, null, null, "NOT_A_WORKBOOK", "late");
	}

	/**
	 * A received file and its submission (same id), accepted unless changed afterwards.
	 */
	private static void file(Warehouse w, long id, String name, String returnType, String org, Integer finYear,
			Integer quarter, LocalDateTime received) {
		w.file(id, name, received);
		w.submission(id, returnType, org, finYear, quarter, "ACCEPTED", received);
	}

	private BcfFixture() {
	}

}
