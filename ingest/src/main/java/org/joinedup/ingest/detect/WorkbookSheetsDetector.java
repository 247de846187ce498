package org.joinedup.ingest.detect;

import java.util.List;

import org.joinedup.ingest.text.TextMatch;

/**
 * A workbook recognised by its sheet names: it has a sheet named (by {@link TextMatch})
 * as one of the given names. Only the workbook's sheet list is read
 * ({@link FileSample#sheetNames()}). A file that cannot be opened as a workbook
 * (encrypted, damaged, a zip bomb) does not match, so that it reaches the detector of any
 * workbook, whose reader gives the submitter the precise reason.
 */
public final class WorkbookSheetsDetector implements ContentDetector {

	private final List<String> sheetNames;

	public WorkbookSheetsDetector(List<String> sheetNames) {
		this.sheetNames = List.copyOf(sheetNames);
	}

	@Override
	public boolean matches(FileSample sample) {
		return sample.sheetNames().stream().anyMatch(name -> TextMatch.sameAsAny(name, sheetNames));
	}

}
