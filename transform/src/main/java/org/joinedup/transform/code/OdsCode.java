package org.joinedup.transform.code;

import java.util.regex.Pattern;

/** NHS organisation (ODS) codes: three characters such as {@code RJ1} or {@code AXG}, five for a site. */
public final class OdsCode {

	private static final Pattern ODS = Pattern.compile("[A-Z0-9]{3}([A-Z0-9]{2})?");

	private OdsCode() {
	}

	/** Trimmed and upper-cased, as every code is compared. */
	public static String normalise(String code) {
		return OnsCode.normalise(code);
	}

	public static boolean isWellFormed(String normalisedCode) {
		return ODS.matcher(normalisedCode).matches();
	}
}
