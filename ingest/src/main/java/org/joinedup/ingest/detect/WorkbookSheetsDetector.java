package org.joinedup.ingest.detect;

import java.util.List;

import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.ingest.workbook.WorkbookEngine;

/**
 * A workbook recognised by its sheet names: it has a visible sheet named (by
 * {@link TextMatch}) as one of the given names. Only the workbook's sheet list is looked
 * at. A file that cannot be opened as a workbook (encrypted, damaged, a zip bomb) does
 * not match, so that it reaches the detector of any workbook, whose reader gives the
 * submitter the precise reason.
 */
public final class WorkbookSheetsDetector implements ContentDetector {

	private final WorkbookDetector anyWorkbook = new WorkbookDetector();

	private final List<String> sheetNames;

	public WorkbookSheetsDetector(List<String> sheetNames) {
		this.sheetNames = List.copyOf(sheetNames);
	}

	@Override
	public boolean matches(FileSample sample) {
		if (!anyWorkbook.matches(sample)) {
			return false;
		}
		try (Workbook workbook = WorkbookEngine.BY_FILE.open(sample.file())) {
			return workbook.sheets().stream().map(Sheet::name).anyMatch(name -> TextMatch.sameAsAny(name, sheetNames));
		}
		catch (RuntimeException unreadable) {
			return false;
		}
	}

}
