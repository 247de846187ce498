package org.joinedup.transform.code;

import java.util.regex.Pattern;

/**
 * ONS GSS codes of upper-tier authorities: E06, E08, E09 or E10 followed by six digits.
 */
public final class OnsCode {

	private static final Pattern UPPER_TIER = Pattern.compile("E(06|08|09|10)\\d{6}");

	private OnsCode() {
	}

	/** Trimmed and upper-cased, as codes are compared. */
	public static String normalise(String code) {
		return code == null ? "" : code.replace('\u00a0', ' ').trim().toUpperCase();
	}

	public static boolean isWellFormed(String normalisedCode) {
		return UPPER_TIER.matcher(normalisedCode).matches();
	}

}
