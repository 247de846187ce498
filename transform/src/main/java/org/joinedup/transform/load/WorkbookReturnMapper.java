package org.joinedup.transform.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.joinedup.ingest.detect.FileSample;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.check.Checks;
import org.joinedup.warehouse.ReturnType;

/**
 * A return read whole from a workbook: a file that cannot be read as one (encrypted,
 * damaged, a zip bomb, past a limit) is rejected with the reason as its one finding; the
 * subclass checks and maps what its reader read, after any warning the workbook gave as
 * it was read (a formula read as its text).
 *
 * @param <C> what the reader reads from the workbook, with its own findings
 */
public abstract class WorkbookReturnMapper<C> implements ReturnMapper {

	private final ReturnType type;

	private final Workbooks workbooks;

	private final Function<Workbook, C> reader;

	/**
	 * @param workbooks opens the file, throwing {@link UnreadableFileException} when it
	 * cannot be read as a workbook at all
	 * @param reader reads the open workbook (throwing the same if a sheet turns out
	 * unreadable part-way)
	 */
	protected WorkbookReturnMapper(ReturnType type, Workbooks workbooks, Function<Workbook, C> reader) {
		this.type = type;
		this.workbooks = workbooks;
		this.reader = reader;
	}

	@Override
	public final ReturnType type() {
		return type;
	}

	@Override
	public final MappedReturn map(Path file, String fileName) {
		try (FileSample sample = FileSample.of(file, workbooks)) {
			return map(sample, fileName);
		}
		catch (IOException cannotOpen) {
			throw new UncheckedIOException(cannotOpen);
		}
	}

	@Override
	public final MappedReturn map(FileSample sample, String fileName) {
		Checks checks = new Checks(fileName);
		C content;
		try {
			Workbook workbook = sample.readableWorkbook();
			content = reader.apply(workbook);
			workbook.warnings().forEach(checks::add);
		}
		catch (UnreadableFileException e) {
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), List.of(e.toFinding(fileName)));
		}
		return map(content, checks);
	}

	/** The return the content makes, with every finding added to {@code checks}. */
	protected abstract MappedReturn map(C content, Checks checks);

}
