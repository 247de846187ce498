package org.joinedup.ingest.workbook;

import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.text.TextMatch;

/** An open workbook; hidden and very hidden sheets are left out. */
public interface Workbook extends AutoCloseable {

	/** The visible sheets, in workbook order. */
	List<Sheet> sheets();

	/** The first visible sheet whose name matches, with {@link TextMatch} ({@code 1) Cover} is {@code Cover}). */
	default Optional<Sheet> sheet(String wantedName) {
		return sheets().stream().filter(sheet -> TextMatch.same(sheet.name(), wantedName)).findFirst();
	}

	@Override
	void close();
}
