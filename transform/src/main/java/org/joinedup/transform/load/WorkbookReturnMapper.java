package org.joinedup.transform.load;

import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.transform.check.Checks;

/**
 * A return read whole from a workbook: a file that cannot be opened as one (encrypted,
 * damaged, a zip bomb) is rejected with the reason as its one finding; the subclass
 * checks and maps what its reader read.
 *
 * @param <C> what the reader reads from the workbook, with its own findings
 */
public abstract class WorkbookReturnMapper<C> implements ReturnMapper {

	@Override
	public final MappedReturn map(Path file, String fileName) {
		C content;
		try {
			content = read(file);
		}
		catch (UnreadableFileException e) {
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), List.of(e.toFinding(fileName)));
		}
		return map(content, new Checks(fileName));
	}

	/**
	 * @throws UnreadableFileException when the file cannot be opened as a workbook at all
	 */
	protected abstract C read(Path file);

	/** The return the content makes, with every finding added to {@code checks}. */
	protected abstract MappedReturn map(C content, Checks checks);

}
