package org.joinedup.transform.bcf;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialQuarter;

/** The Savings sheet: one row per scheme, planned for the year and achieved to date. */
final class SavingsCheck {

	static final List<String> STATUSES = List.of("On track", "At risk", "Off track");

	private final Checks checks;

	SavingsCheck(Checks checks) {
		this.checks = checks;
	}

	void check(List<SchemeRow> rows, SchemeRow total, String areaCode, FinancialQuarter period, List<Fact> facts) {
		Set<String> seen = new HashSet<>();
		BigDecimal planned = BigDecimal.ZERO;
		BigDecimal achieved = BigDecimal.ZERO;
		for (SchemeRow row : rows) {
			String id = row.schemeId().text().trim();
			if (id.isEmpty()) {
				checks.error(Level.RECORD, row.schemeId(), "scheme-id-missing", "Every scheme needs a Scheme ID");
				continue;
			}
			if (!seen.add(TextMatch.normalise(id))) {
				checks.error(Level.RECORD, row.schemeId(), "scheme-id-duplicate",
						"Scheme ID " + id + " appears more than once; each scheme needs its own ID");
				continue;
			}
			BigDecimal plannedSavings = checks.money(row.plannedSavings(), "Planned savings");
			BigDecimal achievedSavings = checks.money(row.achievedSavings(), "Savings achieved to date");
			planned = TotalCheck.add(planned, plannedSavings);
			achieved = TotalCheck.add(achieved, achievedSavings);
			if (id.length() > 60) {
				checks.error(Level.RECORD, row.schemeId(), "scheme-id-too-long",
						"A Scheme ID has at most 60 characters");
				continue;
			}
			facts.add(new SchemeFact(areaCode, period, id, checks.text(row.schemeName(), 500, "The scheme name"),
					checks.text(row.schemeType(), 200, "The scheme type"), plannedSavings, achievedSavings,
					status(row.status()), row.schemeId().at().sheet(), row.schemeId().at().row()));
		}
		if (total != null) {
			TotalCheck.check(checks, total.plannedSavings(), planned, "planned savings");
			TotalCheck.check(checks, total.achievedSavings(), achieved, "savings achieved");
		}
	}

	private String status(SourceValue value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (String status : STATUSES) {
			if (TextMatch.same(status, value.text())) {
				return status;
			}
		}
		checks.warning(Level.RECORD, value, "status-unrecognised",
				"Status should be one of " + String.join(", ", STATUSES) + "; left blank");
		return null;
	}

}
