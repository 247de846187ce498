package org.joinedup.samples.expected;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.joinedup.samples.area.Area;
import org.joinedup.samples.area.Areas;
import org.joinedup.samples.bcf.BcfReturn;
import org.joinedup.samples.bcf.IncomeExpenditureLine;
import org.joinedup.samples.bcf.Layout;
import org.joinedup.samples.bcf.Metric;
import org.joinedup.samples.bcf.MetricLine;
import org.joinedup.samples.bcf.Quarter;
import org.joinedup.samples.bcf.Scheme;
import org.joinedup.samples.bcf.Submission;
import org.junit.jupiter.api.Test;

/**
 * The expected-figure rules on a tiny hand-made case, with the answers worked out by
 * hand.
 */
class ExpectedFiguresTest {

	private static final Area A = Areas.byCode("E08000008");

	private static final Area B = Areas.byCode("E09000007");

	@Test
	void resubmissionWinsRevisionsCountAndReaIsARatioOfSums() {
		List<Submission> receipt = List.of(
				sub(A, 1, 100, 90, 110, 10, 20, new long[] { 1000, 2000 }, new Long[] { 900L, null }, 500, 100),
				sub(A, 2, 200, 190, 180, 30, 40, new long[] { 1000, 2000 }, new Long[] { 950L, 2100L }, 500, 250),
				sub(B, 2, 50, 40, 60, 5, 10, new long[] { 300, 300 }, new Long[] { 290L, 310L }, 80, 40),
				// resubmission of A Q2: actual 170 not 180; Q2 spend 2050 not 2100
				sub(A, 2, 200, 190, 170, 30, 40, new long[] { 1000, 2000 }, new Long[] { 950L, 2050L }, 500, 260));
		ExpectedFigures f = new ExpectedFigures(List.of(A, B), receipt);

		Map<String, Number> q1 = f.named(new Quarter(2016, 1));
		assertThat(q1.get("Areas_Reporting")).isEqualTo(1L);
		assertThat(q1.get("Spend_Actual_YTD")).isEqualTo(900L);
		assertThat(q1.get("Savings_Achieved")).isEqualTo(100L);

		Map<String, Number> q2 = f.named(new Quarter(2016, 2));
		assertThat(q2.get("Areas_Expected")).isEqualTo(2L);
		assertThat(q2.get("Areas_Reporting")).isEqualTo(2L);
		// A: Q1 950 (revised in its Q2 return) + Q2 2050 (resubmission); B: Q2 return
		// only, Q1 290 + Q2 310
		assertThat(q2.get("Spend_Actual_YTD")).isEqualTo(950L + 2050 + 290 + 310);
		assertThat(q2.get("Spend_Planned_YTD")).isEqualTo(1000L + 2000 + 300 + 300);
		// NEA over A Q1, A Q2 (resubmitted) and B Q2 (B has no Q1 return)
		assertThat(q2.get("NEA_Baseline_YTD")).isEqualTo(100L + 200 + 50);
		assertThat(q2.get("NEA_Plan_YTD")).isEqualTo(90L + 190 + 40);
		assertThat(q2.get("NEA_Actual_YTD")).isEqualTo(110L + 170 + 60);
		assertThat(q2.get("NEA_Variance_YTD")).isEqualTo(20L);
		assertThat(q2.get("NEA_Variance_Cost")).isEqualTo(20L * 1611);
		assertThat(q2.get("Savings_Planned")).isEqualTo(580L);
		assertThat(q2.get("Savings_Achieved")).isEqualTo(300L);
		assertThat(q2.get("REA_Actual_YTD")).isEqualTo((10.0 + 30 + 5) / (20 + 40 + 10));
		assertThat(q2.get("Cost_DTOC_Unit")).isEqualTo(305L);
	}

	private static Submission sub(Area area, int q, long base, long plan, long actual, long num, long den,
			long[] planned, Long[] actuals, long savPlanned, long savAchieved) {
		List<MetricLine> metrics = new ArrayList<>();
		for (Metric m : Metric.values()) {
			metrics.add(m == Metric.REA ? new MetricLine(m, 0.8, 0.8, (double) num / den, num, den, "")
					: new MetricLine(m, base, plan, actual, null, null, ""));
		}
		List<IncomeExpenditureLine> ie = new ArrayList<>();
		for (int k = 0; k < 4; k++) {
			ie.add(new IncomeExpenditureLine(k + 1, k < 2 ? planned[k] : 0, null, k < 2 ? planned[k] : 0,
					k < 2 ? actuals[k] : null));
		}
		BcfReturn r = new BcfReturn(area, new Quarter(2016, q), "2.1", metrics, ie,
				List.of(new Scheme("S-01", "Scheme", "Reablement", savPlanned, savAchieved, "On track")), "", "", "",
				"", LocalDate.of(2016, 8, 1));
		return new Submission("x", r, Layout.standard(), "");
	}

}
