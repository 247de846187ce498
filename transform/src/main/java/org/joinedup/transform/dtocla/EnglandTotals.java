package org.joinedup.transform.dtocla;

import java.util.Map;
import java.util.function.Function;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.value.Numbers;
import org.joinedup.ingest.value.ParsedNumber;
import org.joinedup.transform.check.Checks;

/**
 * The England figures the workbook states, against the rows they should total: each LA
 * sheet's England row against the sum of its area rows (those of patients resident
 * outside England included), and the England sheet's type of care by responsible
 * organisation against the LA sheets' England rows. A difference is a group-level warning
 * on the England cell: the file still loads.
 */
final class EnglandTotals {

	static final String MISMATCH = "england-total-mismatch";

	private final Checks checks;

	EnglandTotals(Checks checks) {
		this.checks = checks;
	}

	/**
	 * @param columns category (and {@code TOTAL}) to its 0-based column
	 */
	void checkRows(LaTable table, Map<String, Integer> columns) {
		if (table.england() == null) {
			checks.warning(Level.GROUP, new SourceValue(null, table.header().at()), "england-row-missing", "The sheet '"
					+ table.sheet() + "' has no England row below its header, so its totals" + " cannot be checked");
			return;
		}
		columns.forEach((category, column) -> {
			long sum = table.areas().stream().mapToLong(row -> days(row.cell(column))).sum();
			compare(table.england().cell(column), sum, "the " + table.areas().size() + " rows below it");
		});
	}

	void checkEnglandSheet(EnglandSheet england, Map<LaBreakdown, Map<String, SourceValue>> englandRows) {
		compareAcross(englandRows.get(LaBreakdown.RESPONSIBLE_ORG),
				org -> england.days().values().stream().mapToLong(byOrg -> days(byOrg.get(org))).sum(),
				"the England sheet's Acute and Non-Acute rows");
		compareAcross(englandRows.get(LaBreakdown.TYPE_OF_CARE),
				type -> england.days().getOrDefault(type, Map.of()).values().stream().mapToLong(this::days).sum(),
				"the England sheet's NHS, Social Care and Both");
	}

	private void compareAcross(Map<String, SourceValue> stated, Function<String, Long> sumOf, String what) {
		if (stated != null) {
			stated.forEach((category, cell) -> compare(cell, sumOf.apply(category), what));
		}
	}

	private void compare(SourceValue stated, long sum, String what) {
		long england = days(stated);
		if (england != sum) {
			checks.warning(Level.GROUP, stated, MISMATCH,
					String.format("The England figure is %,d but %s add up to %,d (a difference of %,d)", england, what,
							sum, sum - england));
		}
	}

	/** Not reported counts as none; a bad value has its own finding from the mapper. */
	private long days(SourceValue cell) {
		ParsedNumber days = cell == null ? null : Numbers.parse(cell);
		return days == null || !days.valid() || days.value() == null ? 0 : days.value().longValue();
	}

}
