package org.joinedup.ingest.detect;

import java.util.function.Predicate;

import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;

/**
 * A workbook recognised by what it holds (its sheets, its title cells), for a return type
 * that must be told apart from other workbooks. A file that is no workbook, or one that
 * cannot be read (encrypted, corrupt, a zip bomb, or a damaged cell where the detector
 * looks), is not matched, so that it reaches a type that reads it and tells the submitter
 * why.
 */
public final class WorkbookContentDetector implements ContentDetector {

	private final Predicate<Workbook> holds;

	/**
	 * @param holds whether an open workbook is of the type; it should look at no more
	 * than it needs (a sheet's first rows), as every workbook received is shown to it
	 */
	public WorkbookContentDetector(Predicate<Workbook> holds) {
		this.holds = holds;
	}

	@Override
	public boolean matches(FileSample sample) {
		return sample.workbook().map(this::holds).orElse(false);
	}

	/** A streamed sheet can fail part-way through, where the workbook opened. */
	private boolean holds(Workbook workbook) {
		try {
			return holds.test(workbook);
		}
		catch (UnreadableFileException damaged) {
			return false;
		}
	}

}
