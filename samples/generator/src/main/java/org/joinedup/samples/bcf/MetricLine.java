package org.joinedup.samples.bcf;

/**
 * One row of the Metrics sheet. Counts (NEA, DTOC, RES) are whole numbers in baseline,
 * plan and actual; for REA baseline and plan are proportions and the actual is numerator
 * / denominator.
 */
public record MetricLine(Metric metric, Number baseline, Number plan, Number actual, Long numerator, Long denominator,
		String commentary) {

	public MetricLine withActual(Number newActual) {
		return new MetricLine(metric, baseline, plan, newActual, numerator, denominator, commentary);
	}

}
