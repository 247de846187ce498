package org.joinedup.ingest.value;

import java.math.BigDecimal;

/**
 * A number read from a cell or field: {@code value} null means not reported (blank,
 * {@code -}, ...); {@code valid} false means the text is not a number at all.
 */
public record ParsedNumber(BigDecimal value, boolean valid) {

	private static final ParsedNumber NOT_REPORTED = new ParsedNumber(null, true);

	private static final ParsedNumber INVALID = new ParsedNumber(null, false);

	public static ParsedNumber of(BigDecimal value) {
		return new ParsedNumber(value, true);
	}

	public static ParsedNumber notReported() {
		return NOT_REPORTED;
	}

	public static ParsedNumber invalid() {
		return INVALID;
	}

	public boolean isReported() {
		return value != null;
	}
}
