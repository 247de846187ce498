package org.joinedup.ingest.text;

/**
 * Makes text from a file (its name, a value) safe to print on one console or log line:
 * control characters, line and paragraph separators and the bidirectional overrides are
 * written as Java-style escapes ({@code \n}, {@code \r}, {@code \t}, and a backslash, u
 * and four hex digits for the rest), so a crafted name or value cannot start a line of
 * its own (a forged {@code LOADED ...}), move the cursor or reorder what a terminal
 * shows.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** The text with every such character escaped; null stays null. */
	public static String escape(String text) {
		if (text == null || text.codePoints().noneMatch(ControlCharacters::unsafe)) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (!unsafe(c)) {
				escaped.appendCodePoint(c);
			}
			else if (c == '\n') {
				escaped.append("\\n");
			}
			else if (c == '\r') {
				escaped.append("\\r");
			}
			else if (c == '\t') {
				escaped.append("\\t");
			}
			else {
				escaped.append(String.format("\\u%04x", c));
			}
		});
		return escaped.toString();
	}

	private static boolean unsafe(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

}
