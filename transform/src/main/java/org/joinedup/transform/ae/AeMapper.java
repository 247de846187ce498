package org.joinedup.transform.ae;

import java.io.IOException;
import java.nio.file.Path;

import org.joinedup.ingest.detect.ContentDetector;
import org.joinedup.ingest.detect.FileSample;
import org.joinedup.ingest.detect.WorkbookDetector;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.ReturnMapper;
import org.joinedup.warehouse.ReturnType;

/** R3 in either form, told apart by content: the CSV extract or the monthly workbook. */
class AeMapper implements ReturnMapper {

	private static final ContentDetector WORKBOOK = new WorkbookDetector();

	private final AeReturnMapper extracts;

	private final AeWorkbookMapper workbooks;

	AeMapper(AeReturnMapper extracts, AeWorkbookMapper workbooks) {
		this.extracts = extracts;
		this.workbooks = workbooks;
	}

	@Override
	public ReturnType type() {
		return ReturnType.AE_MONTHLY;
	}

	@Override
	public MappedReturn map(Path file, String fileName) {
		return isWorkbook(file) ? workbooks.map(file, fileName) : extracts.map(file, fileName);
	}

	/** A file that cannot be sampled is the extract mapper's to report unreadable. */
	private static boolean isWorkbook(Path file) {
		try {
			return WORKBOOK.matches(FileSample.of(file));
		}
		catch (IOException unreadable) {
			return false;
		}
	}

}
