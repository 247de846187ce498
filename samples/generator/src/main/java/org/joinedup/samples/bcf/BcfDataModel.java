package org.joinedup.samples.bcf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.joinedup.samples.area.Area;
import org.joinedup.samples.area.Areas;

/**
 * Builds the content of every sample return from seeded per-area series. The Qn return
 * carries actuals for Q1..Qn only; some returns revise an earlier quarter's actual
 * expenditure (see {@link #revisedIn}).
 */
public final class BcfDataModel {

	private static final String[] SCHEME_TYPES = { "Integrated care teams", "Reablement", "Intermediate care",
			"Assistive technology", "Care home support", "Disabled Facilities Grant", "Carers' support",
			"Seven-day services", "Discharge to assess" };

	private static final String[] SCHEME_NAMES = { "Neighbourhood integrated care teams", "Home first reablement",
			"Step-up step-down beds", "Telecare for independent living", "Enhanced support to care homes",
			"Adaptations through the Disabled Facilities Grant", "Carers' breaks and advice", "Weekend discharge team",
			"Discharge to assess pathway" };

	private static final String[] COMMENTS = { "Winter pressures higher than planned.",
			"Recording change at the acute trust from this quarter.", "In line with plan.",
			"Provisional figure; validated data follows next quarter.", "Improvement following the new pathway.", "" };

	private static final String[] PEOPLE = { "A. Patel", "J. Okafor", "S. Lewis", "M. Nowak", "R. Hughes", "K. Begum",
			"D. O'Neill", "L. Chen" };

	private final long seed;

	private final Map<String, AreaSeries> series = new ConcurrentHashMap<>();

	public BcfDataModel(long seed) {
		this.seed = seed;
	}

	/** The return as first submitted. */
	public BcfReturn returnFor(Area area, Quarter p) {
		AreaSeries s = series.computeIfAbsent(area.onsCode(), k -> new AreaSeries(area, seed));
		int y = AreaSeries.yearIndex(p);
		int q = p.q() - 1;
		Random r = new Random(seed * 31 + area.onsCode().hashCode() * 7L + p.startYear() * 5L + p.q());
		List<MetricLine> metrics = List.of(
				new MetricLine(Metric.NEA, s.neaActual[y - 1][q], s.neaPlan[y][q], s.neaActual[y][q], null, null,
						pick(r, COMMENTS)),
				new MetricLine(Metric.DTOC, s.dtocActual[y - 1][q], s.dtocPlan[y][q], s.dtocActual[y][q], null, null,
						pick(r, COMMENTS)),
				new MetricLine(Metric.RES, s.resActual[y - 1][q], s.resPlan[y][q], s.resActual[y][q], null, null,
						pick(r, COMMENTS)),
				new MetricLine(Metric.REA, s.reaBaseline(y, q), s.reaPlan[y][q],
						(double) s.reaNumerator[y][q] / s.reaDenominator[y][q], s.reaNumerator[y][q],
						s.reaDenominator[y][q], pick(r, COMMENTS)));
		List<IncomeExpenditureLine> ie = new ArrayList<>();
		for (int k = 0; k < 4; k++) {
			boolean carried = k <= q;
			long actual = s.actualSpend[y][k] + (carried ? revision(area, p, k + 1, s) : 0);
			ie.add(new IncomeExpenditureLine(k + 1, s.plannedSpend[y][k], carried ? s.actualIncome[y][k] : null,
					s.plannedSpend[y][k], carried ? actual : null));
		}
		LocalDate quarterEnd = LocalDate.of(p.startYear(), 4, 1).plusMonths(3L * p.q()).minusDays(1);
		LocalDate signedOff = quarterEnd.plusDays(30 + r.nextInt(25));
		String person = pick(r, PEOPLE);
		String email = person.replace(". ", ".").replace("'", "").toLowerCase() + "@hwb-" + area.slug() + ".example";
		String phone = area.phonePrefix() + String.format("%03d", r.nextInt(1000));
		return new BcfReturn(area, p, p.startYear() == 2015 ? "1.0" : "2.1", metrics, ie, schemes(area, p, s),
				narrative(area, p, r), person, email, phone, signedOff);
	}

	/**
	 * The resubmission: the same area and quarter sent again a week later with corrected
	 * figures (NEA and DTOC actuals, this quarter's actual expenditure and one scheme's
	 * savings).
	 */
	public BcfReturn resubmissionFor(Area area, Quarter p) {
		BcfReturn original = returnFor(area, p);
		List<MetricLine> metrics = new ArrayList<>();
		for (MetricLine m : original.metrics()) {
			switch (m.metric()) {
				case NEA -> metrics.add(m.withActual(m.actual().longValue() - 137));
				case DTOC -> metrics.add(m.withActual(m.actual().longValue() + 212));
				default -> metrics.add(m);
			}
		}
		List<IncomeExpenditureLine> ie = new ArrayList<>();
		for (IncomeExpenditureLine l : original.incomeExpenditure()) {
			ie.add(l.quarter() != p.q() ? l : new IncomeExpenditureLine(l.quarter(), l.plannedIncome(),
					l.actualIncome(), l.plannedExpenditure(), l.actualExpenditure() - 48_250));
		}
		List<Scheme> schemes = new ArrayList<>(original.schemes());
		Scheme first = schemes.get(0);
		schemes.set(0, first.withAchieved(first.achieved() + 35_000, "On track"));
		return original.withMetrics(metrics)
			.withIncomeExpenditure(ie)
			.withSchemes(schemes)
			.withNarrative(
					original.narrative() + " Resubmitted: NEA and delayed days corrected after "
							+ "validation with the acute trust; Q" + p.q() + " expenditure restated.",
					original.signedOff().plusDays(7));
	}

	/**
	 * Some areas revise an earlier quarter's actual expenditure: areas at even positions
	 * revise Q1 from their Q3 return on; areas at positions 1, 5, 9 revise Q2 from their
	 * Q4 return.
	 */
	public static int[] revisedIn(Area area) {
		int i = Areas.all().indexOf(area);
		if (i % 2 == 0) {
			return new int[] { 1, 3 };
		}
		return i % 4 == 1 ? new int[] { 2, 4 } : null;
	}

	private static long revision(Area area, Quarter p, int quarter, AreaSeries s) {
		int[] rev = revisedIn(area);
		if (rev == null || rev[0] != quarter || p.q() < rev[1]) {
			return 0;
		}
		long base = s.actualSpend[AreaSeries.yearIndex(p)][quarter - 1];
		return (area.onsCode().hashCode() % 2 == 0 ? 1 : -1) * Math.round(base * 0.015);
	}

	private List<Scheme> schemes(Area area, Quarter p, AreaSeries s) {
		Random r = new Random(seed * 17 + area.onsCode().hashCode() * 3L + p.startYear());
		int count = 3 + r.nextInt(4);
		String prefix = area.name().substring(0, 3).toUpperCase();
		List<Scheme> list = new ArrayList<>();
		int offset = r.nextInt(SCHEME_NAMES.length);
		for (int i = 0; i < count; i++) {
			int k = (offset + i * 2) % SCHEME_NAMES.length;
			long planned = Math.round(area.population() * AreaSeries.between(r, 0.5, 3.0) / 1000) * 1000;
			double pace = AreaSeries.between(r, 0.45, 1.1);
			double drift = AreaSeries.between(r, -0.15, 0.1);
			double share = Math.max(0.2, pace + drift * (p.q() - 1) / 3.0);
			long achieved = Math.round(planned * p.q() / 4.0 * share);
			String status = share >= 0.95 ? "On track" : share >= 0.75 ? "At risk" : "Off track";
			list.add(new Scheme(String.format("%s-%02d", prefix, i + 1), SCHEME_NAMES[k], SCHEME_TYPES[k], planned,
					achieved, status));
		}
		return list;
	}

	private static String narrative(Area area, Quarter p, Random r) {
		return "In " + p.format(Quarter.PeriodForm.YEAR_FIRST) + " the " + area.name() + " Health and Wellbeing "
				+ "Board continued to deliver its Better Care Fund plan. "
				+ pick(r,
						new String[] {
								"Non-elective admissions remained above plan, reflecting pressure at the front door.",
								"Delayed transfers rose as domiciliary care capacity remained tight.",
								"The reablement service expanded its hours and saw more people at home 91 days later.",
								"Care home admissions were close to plan." })
				+ " "
				+ pick(r,
						new String[] { "The pooled budget is on track to be fully spent by year end.",
								"Some schemes started late, so savings achieved are behind plan.",
								"The partnership board reviewed scheme performance in month two of the quarter." })
				+ " All national conditions continue to be met.";
	}

	private static String pick(Random r, String[] options) {
		return options[r.nextInt(options.length)];
	}

}
