package org.joinedup.report.query;

import java.math.BigDecimal;

/**
 * One metric of one area added up over the quarters of the year to date; null where no
 * quarter reported it.
 */
public record MetricTotals(BigDecimal baseline, BigDecimal plan, BigDecimal actual, BigDecimal numerator,
		BigDecimal denominator) {

	public static final MetricTotals NONE = new MetricTotals(null, null, null, null, null);

}
