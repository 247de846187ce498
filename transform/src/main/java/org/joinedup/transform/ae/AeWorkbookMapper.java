package org.joinedup.transform.ae;

import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.ReturnMapper;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.warehouse.ReturnType;

/**
 * R3 as NHS England's monthly workbook: its provider table read as the extract's rows and
 * held to the extract's rules, onto the same facts.
 */
class AeWorkbookMapper implements ReturnMapper {

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
	public MappedReturn map(Path file, String fileName) {
		AeWorkbookReader.Content content;
		try {
			content = reader.read(file);
		}
		catch (UnreadableFileException e) {
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), List.of(e.toFinding(fileName)));
		}
		Checks checks = new Checks(fileName);
		content.findings().forEach(checks::add);
		return extracts.map(content.rows(), checks);
	}

}
