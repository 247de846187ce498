package org.joinedup.transform.episode;

import java.util.ArrayList;
import java.util.List;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.SourceValue;

/**
 * The bad rows of an extract, each a record-level warning naming its line, column, value
 * and rule. Only the first {@value #LISTED} are listed one by one so that memory stays
 * bounded whatever the file; the rest are counted.
 */
final class Quarantine {

	static final int LISTED = 10_000;

	private final List<Finding> listed = new ArrayList<>();

	private long count;

	void add(SourceValue at, String rule, String message) {
		add(Finding.at(Level.RECORD, Severity.WARNING, at.at(), at.value(), rule, message));
	}

	/**
	 * A row the CSV reader itself rejected (a row too wide), kept as a warning like any
	 * other bad row.
	 */
	void add(Finding rowFinding) {
		count++;
		if (listed.size() < LISTED) {
			listed.add(new Finding(rowFinding.level(), Severity.WARNING, rowFinding.file(), rowFinding.sheet(),
					rowFinding.row(), rowFinding.column(), rowFinding.value(), rowFinding.rule(),
					rowFinding.message()));
		}
	}

	/**
	 * The bad rows of the next part of the extract after these: still the first
	 * {@value #LISTED} of the file listed.
	 */
	void add(Quarantine next) {
		count += next.count;
		listed.addAll(next.listed.subList(0, Math.min(next.listed.size(), LISTED - listed.size())));
	}

	long count() {
		return count;
	}

	List<Finding> listed() {
		return listed;
	}

}
