package org.joinedup.report.query;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Everything the report shows for one reporting area: metrics and spend to date, the
 * quarter's savings, the delayed days of the monthly extracts to date, and the quarter's
 * NEA actual beside the episode-level count.
 */
public record AreaFigures(Area area, Map<String, MetricTotals> metrics, Spend spend, BigDecimal plannedSavings,
		BigDecimal achievedSavings, DelayedDays delayedDays, NeaEpisodes neaEpisodes) {

	public MetricTotals metric(String code) {
		return metrics.getOrDefault(code, MetricTotals.NONE);
	}
}
