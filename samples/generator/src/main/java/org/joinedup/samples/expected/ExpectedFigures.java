package org.joinedup.samples.expected;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.joinedup.samples.area.Area;
import org.joinedup.samples.bcf.BcfReturn;
import org.joinedup.samples.bcf.IncomeExpenditureLine;
import org.joinedup.samples.bcf.InboxPlan;
import org.joinedup.samples.bcf.Metric;
import org.joinedup.samples.bcf.MetricLine;
import org.joinedup.samples.bcf.Quarter;
import org.joinedup.samples.bcf.Scheme;
import org.joinedup.samples.bcf.Submission;

/**
 * The Summary named cells of each quarter's report, computed from the generator's own
 * model (never by reading the files back), following design.md's report contract.
 */
public final class ExpectedFigures {

	public static final long COST_NEA = 1611;

	public static final long COST_DTOC = 305;

	private final List<Area> areas;

	/** Accepted return per area and quarter: the last one in receipt (path) order. */
	private final Map<String, BcfReturn> accepted = new LinkedHashMap<>();

	public ExpectedFigures(List<Area> areas, List<Submission> receiptOrder) {
		this.areas = areas;
		for (Submission s : receiptOrder) {
			accepted.put(key(s.content().area(), s.content().period()), s.content());
		}
	}

	/** The named figures for one quarter, in the contract's order. */
	public Map<String, Number> named(Quarter quarter) {
		long expected = areas.stream().filter(a -> validIn(a, quarter)).count();
		long reporting = 0;
		long spendPlanned = 0;
		long spendActual = 0;
		long savingsPlanned = 0;
		long savingsAchieved = 0;
		long[] nea = new long[3];
		long[] dtoc = new long[3];
		long res = 0;
		long reaNum = 0;
		long reaDen = 0;
		for (Area a : areas) {
			BcfReturn own = accepted.get(key(a, quarter));
			if (own == null) {
				continue;
			}
			reporting++;
			for (Scheme s : own.schemes()) {
				savingsPlanned += s.planned();
				savingsAchieved += s.achieved();
			}
			for (int k = 1; k <= quarter.q(); k++) {
				Long planned = spend(a, quarter, k, true);
				Long actual = spend(a, quarter, k, false);
				spendPlanned += planned == null ? 0 : planned;
				spendActual += actual == null ? 0 : actual;
				BcfReturn r = accepted.get(key(a, new Quarter(quarter.startYear(), k)));
				if (r == null) {
					continue;
				}
				add(nea, r.metric(Metric.NEA));
				add(dtoc, r.metric(Metric.DTOC));
				res += r.metric(Metric.RES).actual().longValue();
				reaNum += r.metric(Metric.REA).numerator();
				reaDen += r.metric(Metric.REA).denominator();
			}
		}
		Map<String, Number> n = new LinkedHashMap<>();
		n.put("Areas_Expected", expected);
		n.put("Areas_Reporting", reporting);
		n.put("Spend_Planned_YTD", spendPlanned);
		n.put("Spend_Actual_YTD", spendActual);
		n.put("Savings_Planned", savingsPlanned);
		n.put("Savings_Achieved", savingsAchieved);
		put(n, "NEA", nea, COST_NEA);
		put(n, "DTOC", dtoc, COST_DTOC);
		n.put("RES_Actual_YTD", res);
		n.put("REA_Actual_YTD", reaDen == 0 ? 0.0 : (double) reaNum / reaDen);
		n.put("Cost_NEA_Unit", COST_NEA);
		n.put("Cost_DTOC_Unit", COST_DTOC);
		return n;
	}

	/**
	 * Scheme names in the quarter's accepted returns that a spreadsheet would take for a
	 * formula.
	 */
	public List<String> hostileSchemeNames(Quarter quarter) {
		List<String> names = new ArrayList<>();
		for (Area a : areas) {
			BcfReturn r = accepted.get(key(a, quarter));
			if (r != null) {
				r.schemes().stream().map(Scheme::name).filter(s -> s.startsWith("=")).forEach(names::add);
			}
		}
		return names;
	}

	/**
	 * One quarter's planned or actual expenditure as the report for {@code quarter} sees
	 * it: from the latest accepted return of the year with reporting period at or before
	 * {@code quarter} that carries it.
	 */
	private Long spend(Area a, Quarter quarter, int k, boolean planned) {
		for (int p = quarter.q(); p >= 1; p--) {
			BcfReturn r = accepted.get(key(a, new Quarter(quarter.startYear(), p)));
			if (r == null) {
				continue;
			}
			IncomeExpenditureLine l = r.incomeExpenditure().get(k - 1);
			Long v = planned ? l.plannedExpenditure() : l.actualExpenditure();
			if (v != null) {
				return v;
			}
		}
		return null;
	}

	private static void add(long[] sums, MetricLine m) {
		sums[0] += m.baseline().longValue();
		sums[1] += m.plan().longValue();
		sums[2] += m.actual().longValue();
	}

	private static void put(Map<String, Number> n, String code, long[] s, long cost) {
		n.put(code + "_Baseline_YTD", s[0]);
		n.put(code + "_Plan_YTD", s[1]);
		n.put(code + "_Actual_YTD", s[2]);
		n.put(code + "_Variance_YTD", s[2] - s[1]);
		n.put(code + "_Variance_Cost", (s[2] - s[1]) * cost);
	}

	private static boolean validIn(Area a, Quarter q) {
		var start = java.time.LocalDate.of(q.startYear(), 4, 1).plusMonths(3L * (q.q() - 1));
		var end = start.plusMonths(3).minusDays(1);
		return !a.validFrom().isAfter(end) && (a.validTo() == null || !a.validTo().isBefore(start));
	}

	private static String key(Area a, Quarter q) {
		return a.onsCode() + "@" + q.fileKey();
	}

	/** The quarters the inbox covers. */
	public static List<Quarter> quarters() {
		return InboxPlan.QUARTERS;
	}

}
