package org.joinedup.transform.code;

import java.util.regex.Pattern;

/**
 * NHS organisation (ODS) codes: 3 to 6 letters and digits — a trust {@code RJ1}, another
 * provider {@code AXG}, a site {@code NQT01}. The providers reference and every return
 * that names a provider use this one form.
 */
public final class OdsCode {

	private static final Pattern ODS = Pattern.compile("[A-Z0-9]{3,6}");

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
