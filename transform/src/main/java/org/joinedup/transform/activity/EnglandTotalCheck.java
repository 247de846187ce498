package org.joinedup.transform.activity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.value.Numbers;
import org.joinedup.transform.check.Checks;

/**
 * The England row of the Commissioner sheet against the sum of the commissioner rows: a
 * figure that differs is a group-level warning (the file still loads, and the warehouse
 * keeps the commissioners' figures); a sheet with no England row cannot be checked, which
 * is a warning too.
 */
final class EnglandTotalCheck {

	private final Checks checks;

	EnglandTotalCheck(Checks checks) {
		this.checks = checks;
	}

	void check(ActivityRow england, List<ActivityFact> commissioners) {
		if (england == null) {
			checks.add(new Finding(Level.FILE, Severity.WARNING, checks.file(), ActivityReader.SHEET, null, null, null,
					"england-row-missing",
					"The Commissioner sheet has no England row (Org Name England), so its totals cannot be checked"));
			return;
		}
		for (ActivityColumn column : ActivityColumn.COUNTS) {
			SourceValue stated = england.count(column);
			BigDecimal value = Numbers.parse(stated).value();
			long sum = commissioners.stream()
				.map(fact -> fact.counts().get(column))
				.filter(Objects::nonNull)
				.mapToLong(Long::longValue)
				.sum();
			if (value != null && value.compareTo(BigDecimal.valueOf(sum)) != 0) {
				checks.warning(Level.GROUP, stated, "total-mismatch", "England's " + column.header()
						+ " differs from the sum of the commissioner rows (" + sum + ")");
			}
		}
	}

}
