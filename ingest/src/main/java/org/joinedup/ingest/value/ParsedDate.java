package org.joinedup.ingest.value;

import java.time.LocalDate;

/**
 * A date read from a cell or field: {@code value} null means blank; {@code valid} false
 * means not a date.
 */
public record ParsedDate(LocalDate value, boolean valid) {

	private static final ParsedDate BLANK = new ParsedDate(null, true);

	private static final ParsedDate INVALID = new ParsedDate(null, false);

	public static ParsedDate of(LocalDate value) {
		return new ParsedDate(value, true);
	}

	public static ParsedDate blank() {
		return BLANK;
	}

	public static ParsedDate invalid() {
		return INVALID;
	}

	public boolean isPresent() {
		return value != null;
	}
}
