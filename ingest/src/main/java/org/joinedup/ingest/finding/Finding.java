package org.joinedup.ingest.finding;

import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.text.ControlCharacters;

/**
 * One thing wrong with a return, in words a submitter can act on. Sheet, row, column and
 * value are null where they do not apply (a CSV has no sheet; a file-level finding may
 * have no row).
 */
public record Finding(Level level, Severity severity, String file, String sheet, Integer row, String column,
		String value, String rule, String message) {

	public static Finding fileError(String file, String rule, String message) {
		return new Finding(Level.FILE, Severity.ERROR, file, null, null, null, null, rule, message);
	}

	public static Finding at(Level level, Severity severity, Provenance at, Object value, String rule, String message) {
		return new Finding(level, severity, at.file(), at.sheet(), at.row(), at.column(),
				value == null ? null : String.valueOf(value), rule, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/**
	 * One line for a terminal: where, what, and which rule; control characters from the
	 * file are escaped so that the line stays one line.
	 */
	public String describe() {
		StringBuilder where = new StringBuilder();
		if (sheet != null) {
			where.append("sheet '").append(sheet).append("' ");
		}
		if (row != null) {
			where.append("row ").append(row).append(' ');
		}
		if (column != null) {
			where.append("column ").append(column).append(' ');
		}
		if (value != null) {
			where.append("value '").append(value).append("' ");
		}
		return ControlCharacters.escape(where + "[" + rule + "] " + message);
	}
}
