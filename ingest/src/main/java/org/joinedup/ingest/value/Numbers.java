package org.joinedup.ingest.value;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.joinedup.ingest.provenance.SourceValue;

/**
 * Reads a number the way returns write them: numeric cells, or text with thousands
 * commas, a leading {@code £}, surrounding spaces and a trailing {@code %} (meaning
 * /100). Blank, {@code -}, {@code –}, {@code ..} and {@code *} mean not reported.
 */
public final class Numbers {

	private static final Set<String> NOT_REPORTED = Set.of("", "-", "–", "..", "*");

	/**
	 * A sign may stand before or after the {@code £}, but only once; {@code £} and
	 * {@code %} never together.
	 */
	private static final Pattern NUMBER = Pattern.compile("(?<sign>[+-]?)(?<pound>£\\s*)?(?<signAfterPound>[+-]?)"
			+ "(?<digits>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)\\s*(?<percent>%)?");

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
		if (!matcher.matches()) {
			return ParsedNumber.invalid();
		}
		String sign = matcher.group("sign") + matcher.group("signAfterPound");
		boolean percent = matcher.group("percent") != null;
		if (sign.length() > 1 || (percent && matcher.group("pound") != null)) {
			return ParsedNumber.invalid();
		}
		BigDecimal number = new BigDecimal(sign.replace("+", "") + matcher.group("digits").replace(",", ""));
		return ParsedNumber.of(percent ? number.movePointLeft(2) : number);
	}

}
