package org.joinedup.report.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Function;

/** Sums over the reporting areas, the figures behind the Summary's named cells. */
public record EnglandTotals(int areasExpected, int areasReporting, BigDecimal spendPlanned, BigDecimal spendActual,
		BigDecimal savingsPlanned, BigDecimal savingsAchieved, MetricTotals nea, MetricTotals dtoc, MetricTotals res,
		MetricTotals rea) {

	static EnglandTotals of(int areasExpected, List<AreaFigures> areas) {
		return new EnglandTotals(areasExpected, areas.size(), sum(areas, a -> a.spend().planned()),
				sum(areas, a -> a.spend().actual()), sum(areas, AreaFigures::plannedSavings),
				sum(areas, AreaFigures::achievedSavings), metric(areas, "NEA"), metric(areas, "DTOC"),
				metric(areas, "RES"), metric(areas, "REA"));
	}

	/**
	 * Sum of REA numerators over the sum of denominators; 0 when nothing was reported.
	 */
	public BigDecimal reablementShare() {
		if (rea.denominator().signum() == 0) {
			return BigDecimal.ZERO;
		}
		return rea.numerator().divide(rea.denominator(), MathContext.DECIMAL64);
	}

	private static MetricTotals metric(List<AreaFigures> areas, String code) {
		return new MetricTotals(sum(areas, a -> a.metric(code).baseline()), sum(areas, a -> a.metric(code).plan()),
				sum(areas, a -> a.metric(code).actual()), sum(areas, a -> a.metric(code).numerator()),
				sum(areas, a -> a.metric(code).denominator()));
	}

	private static BigDecimal sum(List<AreaFigures> areas, Function<AreaFigures, BigDecimal> figure) {
		return areas.stream().map(figure).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
