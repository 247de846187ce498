package org.joinedup.samples.bcf;

import java.util.Random;

import org.joinedup.samples.area.Area;

/**
 * The underlying quarterly figures of one area for 2014-15 (baselines only), 2015-16 and
 * 2016-17, drawn from a random generator seeded per area, at a scale set by the area's
 * population. Year index 0 is 2014-15.
 */
final class AreaSeries {

	static final int FIRST_YEAR = 2014;

	private static final double[] SEASON = { 0.98, 0.97, 1.01, 1.04 };

	final long[][] neaActual = new long[3][4];

	final long[][] neaPlan = new long[3][4];

	final long[][] dtocActual = new long[3][4];

	final long[][] dtocPlan = new long[3][4];

	final long[][] resActual = new long[3][4];

	final long[][] resPlan = new long[3][4];

	final long[][] reaNumerator = new long[3][4];

	final long[][] reaDenominator = new long[3][4];

	final double[][] reaPlan = new double[3][4];

	/**
	 * Planned and base actual expenditure per quarter; income is planned equal to
	 * expenditure (a pooled fund).
	 */
	final long[][] plannedSpend = new long[3][4];

	final long[][] actualSpend = new long[3][4];

	final long[][] actualIncome = new long[3][4];

	AreaSeries(Area area, long seed) {
		Random r = new Random(seed ^ area.onsCode().hashCode());
		double neaFactor = between(r, 0.85, 1.15);
		double dtocFactor = between(r, 0.5, 1.6);
		double resFactor = between(r, 0.8, 1.2);
		double reaLevel = between(r, 0.76, 0.88);
		double spendPerHead = between(r, 85, 110);
		for (int q = 0; q < 4; q++) {
			neaActual[0][q] = Math.round(area.population() * 0.025 * SEASON[q] * neaFactor * between(r, 0.98, 1.02));
			dtocActual[0][q] = Math
				.round(area.population() / 100_000.0 * 1000 * dtocFactor * SEASON[q] * between(r, 0.95, 1.05));
			resActual[0][q] = Math.round(area.population65() / 100_000.0 * 160 * resFactor * between(r, 0.9, 1.1));
			reaDenominator[0][q] = Math.round(area.population65() * between(r, 0.0012, 0.002));
			reaNumerator[0][q] = Math.round(reaDenominator[0][q] * (reaLevel + between(r, -0.02, 0.02)));
		}
		for (int y = 1; y < 3; y++) {
			double annual = area.population() * spendPerHead * (1 + 0.04 * (y - 1));
			for (int q = 0; q < 4; q++) {
				neaPlan[y][q] = Math.round(neaActual[y - 1][q] * (1 - between(r, 0.005, 0.035)));
				neaActual[y][q] = Math.round(neaActual[y - 1][q] * (1 + between(r, -0.01, 0.04)));
				dtocPlan[y][q] = Math.round(dtocActual[y - 1][q] * (1 - between(r, 0.02, 0.08)));
				dtocActual[y][q] = Math.round(dtocActual[y - 1][q] * (1 + between(r, 0.0, 0.2)));
				resPlan[y][q] = Math.round(resActual[y - 1][q] * (1 - between(r, 0.0, 0.05)));
				resActual[y][q] = Math.max(1, Math.round(resActual[y - 1][q] * (1 + between(r, -0.08, 0.06))));
				reaPlan[y][q] = round3(Math.min(0.95, reaBaseline(y, q) + between(r, 0.0, 0.03)));
				reaDenominator[y][q] = Math.round(reaDenominator[y - 1][q] * between(r, 0.95, 1.1));
				reaNumerator[y][q] = Math.round(reaDenominator[y][q] * (reaLevel + between(r, -0.03, 0.02)));
				plannedSpend[y][q] = Math.round(annual / 4 * between(r, 0.97, 1.03) / 1000) * 1000;
				actualSpend[y][q] = Math.round(plannedSpend[y][q] * between(r, 0.92, 1.04));
				actualIncome[y][q] = r.nextInt(4) == 0 ? plannedSpend[y][q] - Math.round(between(r, 0, 50_000))
						: plannedSpend[y][q];
			}
		}
	}

	/**
	 * REA baseline: last year's actual proportion for the same quarter, to three places.
	 */
	double reaBaseline(int y, int q) {
		return round3((double) reaNumerator[y - 1][q] / reaDenominator[y - 1][q]);
	}

	static int yearIndex(Quarter p) {
		return p.startYear() - FIRST_YEAR;
	}

	static double between(Random r, double lo, double hi) {
		return lo + (hi - lo) * r.nextDouble();
	}

	static double round3(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

}
