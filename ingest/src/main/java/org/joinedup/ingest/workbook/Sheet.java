package org.joinedup.ingest.workbook;

import java.util.stream.Stream;

/**
 * A visible sheet. Rows come in order and only when they hold a value: a styled but empty
 * row reads the same as an absent one, so a gap in {@link Row#number()} is a blank row.
 */
public interface Sheet {

	/** The longest sheet name a workbook may have, what the warehouse keeps of one. */
	int LONGEST_NAME = 100;

	String name();

	/** The name of the file the sheet belongs to, as provenance gives it. */
	String file();

	/**
	 * The non-blank rows, top to bottom. A streamed sheet reads its XML as the stream is
	 * consumed: close the stream (or the workbook) when done.
	 */
	Stream<Row> rows();

	/**
	 * The row with that 1-based number; blank when the sheet has nothing there. Streamed
	 * sheets read up to it.
	 */
	default Row row(int number) {
		try (Stream<Row> rows = rows()) {
			return rows.dropWhile(row -> row.number() < number)
				.findFirst()
				.filter(row -> row.number() == number)
				.orElseGet(() -> Row.blank(file(), name(), number));
		}
	}

	/** The 1-based number of the last row holding a value; 0 for an empty sheet. */
	default int lastRow() {
		try (Stream<Row> rows = rows()) {
			return rows.reduce((first, second) -> second).map(Row::number).orElse(0);
		}
	}

}
