package org.joinedup.report.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Figures per month of the year to date for a few named series (e.g. delayed days by
 * responsible organisation): {@code values} maps month to series to value; a month
 * missing from it had no accepted return.
 */
public record MonthlySeries(List<LocalDate> months, List<String> series, Map<LocalDate, Map<String, Long>> values) {

	public Long value(LocalDate month, String name) {
		return values.getOrDefault(month, Map.of()).get(name);
	}
}
