package org.joinedup.transform.ae;

import org.joinedup.ingest.detect.ContentDetector;
import org.joinedup.ingest.detect.FileSample;
import org.joinedup.ingest.detect.WorkbookDetector;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.ingest.workbook.WorkbookEngine;

/**
 * NHS England's monthly A&E workbook, known by a sheet whose metadata names the A&E
 * collection as its {@code Source:}. A workbook that cannot be read is not claimed here,
 * so that the Better Care Fund reader, which claims every other workbook, gives the
 * precise reason.
 */
final class AeWorkbookDetector implements ContentDetector {

	private static final ContentDetector WORKBOOK = new WorkbookDetector();

	@Override
	public boolean matches(FileSample sample) {
		if (!WORKBOOK.matches(sample)) {
			return false;
		}
		try (Workbook workbook = WorkbookEngine.BY_FILE.open(sample.file())) {
			return workbook.sheets().stream().anyMatch(AeWorkbookSheet::isAe);
		}
		catch (UnreadableFileException unreadable) {
			return false;
		}
	}

}
