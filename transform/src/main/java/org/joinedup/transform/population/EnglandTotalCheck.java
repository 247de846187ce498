package org.joinedup.transform.population;

import java.math.BigDecimal;
import java.util.List;

import org.joinedup.ingest.finding.Level;
import org.joinedup.transform.check.Checks;

/**
 * The upper-tier authorities tile England, so their populations add up to England's row;
 * a difference is a warning (the areas still load).
 */
final class EnglandTotalCheck {

	private final Checks checks;

	EnglandTotalCheck(Checks checks) {
		this.checks = checks;
	}

	void check(EstimateRow england, List<PopulationFact> areas) {
		BigDecimal total = checks.count(england.allAges(), "England's All ages", true);
		long sum = areas.stream().mapToLong(PopulationFact::population).sum();
		if (total != null && total.longValueExact() != sum) {
			checks.warning(Level.GROUP, england.allAges(), "england-total-mismatch",
					"England's All ages differs from the sum of the upper-tier authorities' (" + sum + ")");
		}
	}

}
