package org.joinedup.report.query;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Everything the report shows for one reporting area: metrics and spend to date, the quarter's savings, and the
 * delayed days of the monthly extracts to date.
 */
public record AreaFigures(Area area, Map<String, MetricTotals> metrics, Spend spend, BigDecimal plannedSavings,
		BigDecimal achievedSavings, DelayedDays delayedDays) {

	public MetricTotals metric(String code) {
		return metrics.getOrDefault(code, MetricTotals.NONE);
	}
}
