package org.joinedup.samples.monthly;

import java.util.ArrayList;
import java.util.List;

/**
 * How a sample CSV extract is written, including the imperfections formats.md says to
 * tolerate: the encoding (UTF-8 with or without a BOM, Windows-1252), line ends, title
 * lines, blank lines, trailing empty columns and an extra unknown column.
 */
public record CsvLayout(Encoding encoding, boolean crlf, List<String> titleLines, boolean blankLines,
		boolean trailingEmptyColumns, boolean extraColumn) {

	public enum Encoding {

		UTF8, UTF8_BOM, WINDOWS_1252

	}

	public static CsvLayout plain(List<String> titleLines) {
		return new CsvLayout(Encoding.UTF8, false, titleLines, false, false, false);
	}

	/** The imperfections it carries, for {@code expected/inbox-files.csv}. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		parts.add(switch (encoding) {
			case UTF8 -> "UTF-8";
			case UTF8_BOM -> "UTF-8 with BOM";
			case WINDOWS_1252 -> "Windows-1252 (a pound sign in a title line)";
		});
		parts.add(crlf ? "CRLF" : "LF");
		parts.add(titleLines.size() + " title lines");
		if (blankLines) {
			parts.add("blank lines");
		}
		if (trailingEmptyColumns) {
			parts.add("trailing empty columns");
		}
		if (extraColumn) {
			parts.add("extra unknown column 'Notes'");
		}
		return String.join("; ", parts);
	}
}
