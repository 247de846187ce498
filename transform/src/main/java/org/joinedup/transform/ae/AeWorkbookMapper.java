package org.joinedup.transform.ae;

import java.nio.file.Path;

import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.WorkbookReturnMapper;
import org.joinedup.warehouse.ReturnType;

/**
 * R3 as NHS England's monthly workbook: its provider table read as the extract's rows and
 * held to the extract's rules, onto the same facts.
 */
class AeWorkbookMapper extends WorkbookReturnMapper<AeWorkbookReader.Content> {

	private final AeWorkbookReader reader;

	private final AeReturnMapper extracts;

	AeWorkbookMapper(AeWorkbookReader reader, AeReturnMapper extracts) {
		this.reader = reader;
		this.extracts = extracts;
	}

	@Override
	public ReturnType type() {
		return ReturnType.AE_MONTHLY;
	}

	@Override
	protected AeWorkbookReader.Content read(Path file) {
		return reader.read(file);
	}

	@Override
	protected MappedReturn map(AeWorkbookReader.Content content, Checks checks) {
		content.findings().forEach(checks::add);
		return extracts.map(content.rows(), checks);
	}

}
