package org.joinedup.transform.load;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.transform.check.Checks;
import org.joinedup.warehouse.ReturnType;

/**
 * A return read whole from a workbook: a file that cannot be opened as one (encrypted,
 * damaged, a zip bomb) is rejected with the reason as its one finding; the subclass
 * checks and maps what its reader read.
 *
 * @param <C> what the reader reads from the workbook, with its own findings
 */
public abstract class WorkbookReturnMapper<C> implements ReturnMapper {

	private final ReturnType type;

	private final Function<Path, C> reader;

	/**
	 * @param reader reads the workbook, throwing {@link UnreadableFileException} when it
	 * cannot be opened as one at all
	 */
	protected WorkbookReturnMapper(ReturnType type, Function<Path, C> reader) {
		this.type = type;
		this.reader = reader;
	}

	@Override
	public final ReturnType type() {
		return type;
	}

	@Override
	public final MappedReturn map(Path file, String fileName) {
		C content;
		try {
			content = reader.apply(file);
		}
		catch (UnreadableFileException e) {
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), List.of(e.toFinding(fileName)));
		}
		return map(content, new Checks(fileName));
	}

	/** The return the content makes, with every finding added to {@code checks}. */
	protected abstract MappedReturn map(C content, Checks checks);

}
