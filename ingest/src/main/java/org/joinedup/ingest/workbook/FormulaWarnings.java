package org.joinedup.ingest.workbook;

import java.util.ArrayList;
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
 * text, never as 0 or blank, with one warning however often its cell is read. Past
 * {@link #LISTED} cells one more warning says there are more, so that a sheet of formulas
 * costs a bounded list.
 */
final class FormulaWarnings {

	static final String RULE = "formula-not-calculated";

	static final int LISTED = 100;

	private final Map<Provenance, Finding> warnings = new LinkedHashMap<>();

	private String file;

	private boolean more;

	/**
	 * @param formula the formula's text as read in its place, such as {@code =A1*2}
	 */
	void notCalculated(Provenance at, String formula) {
		file = at.file();
		if (warnings.containsKey(at)) {
			return;
		}
		if (warnings.size() < LISTED) {
			warnings.put(at, Finding.at(Level.RECORD, Severity.WARNING, at, formula, RULE,
					"The file stores no result for this formula (it was saved without being calculated) and it could"
							+ " not be calculated here, so its formula text is read in its place. Open the workbook in"
							+ " Excel, let it calculate, save it and resend it."));
		}
		else {
			more = true;
		}
	}

	List<Finding> findings() {
		List<Finding> findings = new ArrayList<>(warnings.values());
		if (more) {
			findings.add(new Finding(Level.FILE, Severity.WARNING, file, null, null, null, null, RULE,
					"More formulas have no stored result and were read as their text: only the first " + LISTED
							+ " are listed"));
		}
		return findings;
	}

}
