package org.joinedup.ingest.text;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text matching every return uses for sheet names, labels, headers and answers:
 * case-insensitive, trimmed, white space (non-breaking too) collapsed, {@code &} read as
 * {@code and}, a trailing {@code :} and a leading sheet number such as {@code 1) },
 * {@code 2. } or {@code 3 - } dropped.
 */
public final class TextMatch {

	private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

	private static final Pattern TRAILING_COLONS = Pattern.compile("\\s*:+$");

	/** The look-ahead keeps numbers such as {@code 2.1} or {@code 2016-17} whole. */
	private static final Pattern SHEET_NUMBER = Pattern.compile("^\\d+\\s*[).\\-–]\\s*(?=\\D)");

	private TextMatch() {
	}

	/** The form two texts are compared in; null gives the empty string. */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String result = text.toLowerCase(Locale.ROOT).replace("&", " and ");
		result = WHITE_SPACE.matcher(result).replaceAll(" ").trim();
		result = TRAILING_COLONS.matcher(result).replaceFirst("");
		return SHEET_NUMBER.matcher(result).replaceFirst("").trim();
	}

	public static boolean same(String one, String other) {
		return normalise(one).equals(normalise(other));
	}

	/**
	 * Whether {@code text} matches any of the equivalent labels (a name and its aliases).
	 */
	public static boolean sameAsAny(String text, Collection<String> labels) {
		String normalised = normalise(text);
		return labels.stream().anyMatch(label -> normalise(label).equals(normalised));
	}

}
