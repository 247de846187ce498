package org.joinedup.ingest.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.Provenance;

/**
 * The formulas a workbook stores no result for (some tools save formulas without
 * calculating them) that could not be calculated here either: each is read as its formula
 * text, never as 0 or blank, with one warning however often its cell is read.
 */
final class FormulaWarnings {

	static final String RULE = "formula-not-calculated";

	private final Map<Provenance, Finding> warnings = new LinkedHashMap<>();

	/**
	 * @param formula the formula's text as read in its place, such as {@code =A1*2}
	 */
	void notCalculated(Provenance at, String formula) {
		warnings.computeIfAbsent(at, cell -> Finding.at(Level.RECORD, Severity.WARNING, cell, formula, RULE,
				"The file stores no result for this formula (it was saved without being calculated) and it could not"
						+ " be calculated here, so its formula text is read in its place. Open the workbook in Excel,"
						+ " let it calculate, save it and resend it."));
	}

	List<Finding> findings() {
		return List.copyOf(warnings.values());
	}

}
