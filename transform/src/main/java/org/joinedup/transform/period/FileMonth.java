package org.joinedup.transform.period;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.transform.check.Checks;
import org.joinedup.warehouse.period.FinancialMonth;

/**
 * The month a monthly extract is for, taken from its rows: every row must name the same
 * month. A period that does not parse, or names another month than the first row's, is a
 * record-level error, reported once for a cell that every row shares (a workbook's
 * {@code Period:}).
 */
public final class FileMonth {

	private final Checks checks;

	private final String expectedForm;

	private FinancialMonth month;

	private final Set<Provenance> unparseable = new HashSet<>();

	/**
	 * @param expectedForm how the period is written, for the message (e.g.
	 * {@code MSitAE-OCTOBER-2016})
	 */
	public FileMonth(Checks checks, String expectedForm) {
		this.checks = checks;
		this.expectedForm = expectedForm;
	}

	/**
	 * The row's month if it parses and agrees with the file's; otherwise records why and
	 * gives empty.
	 */
	public Optional<FinancialMonth> check(Optional<FinancialMonth> parsed, SourceValue at) {
		if (parsed.isEmpty()) {
			if (unparseable.add(at.at())) {
				checks.error(Level.RECORD, at, "period-unparseable", "The month must be written as " + expectedForm);
			}
			return Optional.empty();
		}
		if (month == null) {
			month = parsed.get();
		}
		else if (!month.equals(parsed.get())) {
			checks.error(Level.RECORD, at, "period-mixed", "Every row of a monthly extract must be for the same "
					+ "month; this file's first row is for " + month.label());
			return Optional.empty();
		}
		return parsed;
	}

	public Optional<FinancialMonth> month() {
		return Optional.ofNullable(month);
	}

}
