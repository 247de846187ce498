package org.joinedup.ingest.workbook;

import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.text.TextMatch;

/**
 * An open workbook, read through a {@link WorkbookEngine}. Hidden and very hidden sheets
 * are left out. A merged region gives its value in its top-left cell only, as the file
 * stores it; its other cells read blank (readers look values up by label or header, which
 * sit in the top-left cell).
 */
public interface Workbook extends AutoCloseable {

	/** The name of the file, as provenance gives it. */
	String file();

	/** The visible sheets, in workbook order. */
	List<Sheet> sheets();

	/**
	 * The first visible sheet whose name matches, with {@link TextMatch}
	 * ({@code 1) Cover} is {@code Cover}).
	 */
	default Optional<Sheet> sheet(String wantedName) {
		return sheets().stream().filter(sheet -> TextMatch.same(sheet.name(), wantedName)).findFirst();
	}

	/**
	 * What reading the workbook has warned of so far, each once: a formula the file
	 * stores no result for that could not be calculated, read as its formula text.
	 */
	List<Finding> warnings();

	@Override
	void close();

}
