package org.joinedup.ingest.detect;

import java.util.Set;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Any workbook container, .xlsx (OOXML) or .xls (OLE2), whatever the file is called. An
 * encrypted or damaged one is still recognised here, so that reading it gives the
 * submitter the precise reason.
 */
public final class WorkbookDetector implements ContentDetector {

	static final Set<FileMagic> MAGIC = Set.of(FileMagic.OOXML, FileMagic.OLE2, FileMagic.BIFF2, FileMagic.BIFF3,
			FileMagic.BIFF4);

	@Override
	public boolean matches(FileSample sample) {
		return MAGIC.contains(sample.magic());
	}

}
