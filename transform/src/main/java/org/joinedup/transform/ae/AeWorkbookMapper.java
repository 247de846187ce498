package org.joinedup.transform.ae;

import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.WorkbookReturnMapper;
import org.joinedup.warehouse.ReturnType;

/**
 * R3 as NHS England's monthly workbook: its provider table read as the extract's rows and
 * held to the extract's rules, onto the same facts.
 */
class AeWorkbookMapper extends WorkbookReturnMapper<AeWorkbookReader.Content> {

	private final AeReturnMapper extracts;

	AeWorkbookMapper(Workbooks workbooks, AeReturnMapper extracts) {
		super(ReturnType.AE_MONTHLY, workbooks, new AeWorkbookReader()::read);
		this.extracts = extracts;
	}

	@Override
	protected MappedReturn map(AeWorkbookReader.Content content, Checks checks) {
		content.findings().forEach(checks::add);
		return extracts.map(content.rows(), checks);
	}

}
