package org.joinedup.ingest.value;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.joinedup.ingest.provenance.SourceValue;

/**
 * Reads a number the way returns write them: numeric cells, or text with thousands commas, a leading
 * {@code £}, surrounding spaces and a trailing {@code %} (meaning /100). Blank, {@code -}, {@code –},
 * {@code ..} and {@code *} mean not reported.
 */
public final class Numbers {

	private static final Set<String> NOT_REPORTED = Set.of("", "-", "–", "..", "*");

	private static final Pattern NUMBER = Pattern
		.compile("([+-]?)£?\\s*([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d*)(\\.\\d+)?\\s*(%?)");

	private Numbers() {
	}

	public static ParsedNumber parse(SourceValue source) {
		Object value = source == null ? null : source.value();
		if (value == null) {
			return ParsedNumber.notReported();
		}
		if (value instanceof Double number) {
			return number.isNaN() || number.isInfinite() ? ParsedNumber.invalid()
					: ParsedNumber.of(BigDecimal.valueOf(number));
		}
		if (value instanceof String text) {
			return parse(text);
		}
		return ParsedNumber.invalid();
	}

	public static ParsedNumber parse(String text) {
		String trimmed = text.replace('\u00A0', ' ').strip();
		if (NOT_REPORTED.contains(trimmed)) {
			return ParsedNumber.notReported();
		}
		Matcher matcher = NUMBER.matcher(trimmed);
		boolean hasDigits = trimmed.chars().anyMatch(Character::isDigit);
		boolean twoSigns = !matcher.matches() || (!matcher.group(1).isEmpty() && !matcher.group(2).isEmpty());
		if (!hasDigits || twoSigns || (matcher.group(3).isEmpty() && matcher.group(4) == null)) {
			return ParsedNumber.invalid();
		}
		boolean percent = !matcher.group(5).isEmpty();
		if (percent && trimmed.contains("£")) {
			return ParsedNumber.invalid();
		}
		String digits = matcher.group(1) + matcher.group(2) + matcher.group(3).replace(",", "")
				+ (matcher.group(4) == null ? "" : matcher.group(4));
		BigDecimal number = new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits);
		return ParsedNumber.of(percent ? number.movePointLeft(2) : number);
	}
}
