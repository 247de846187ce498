package org.joinedup.transform.provider;

import java.util.HashSet;
import java.util.Set;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.code.OdsCode;

/**
 * NHS organisation codes in a return: trimmed, upper-cased and well formed. National
 * extracts list independent-sector providers, walk-in centres and GP practices that no
 * trust file has, so a well-formed provider code missing from the reference is only a
 * warning, given once per file at the code's first row.
 */
public final class ProviderCodes {

	private final Set<String> known;

	private final Set<String> warnedUnknown = new HashSet<>();

	private ProviderCodes(Set<String> known) {
		this.known = known;
	}

	/**
	 * The codes as the current providers reference holds them now, for checking one file
	 * (one instance per file).
	 */
	public static ProviderCodes current(ProviderDirectory directory) {
		return new ProviderCodes(directory.currentCodes());
	}

	/**
	 * A parent organisation's code: only its form is checked (parents are not in the
	 * providers reference).
	 */
	public static String wellFormed(SourceValue value, Checks checks) {
		String code = OdsCode.normalise(value.text());
		if (!OdsCode.isWellFormed(code)) {
			checks.error(Level.RECORD, value, "ods-code-malformed",
					"An NHS organisation (ODS) code is 3 to 6 letters and digits, e.g. RJ1 for a trust");
		}
		return code;
	}

	/**
	 * A provider's code; one missing from the current providers reference is a warning
	 * and the row still loads.
	 */
	public String provider(SourceValue value, Checks checks) {
		String code = OdsCode.normalise(value.text());
		if (!OdsCode.isWellFormed(code)) {
			return wellFormed(value, checks);
		}
		if (!known.contains(code) && warnedUnknown.add(code)) {
			checks.warning(Level.RECORD, value, "ods-code-unknown",
					"The provider code is not in the current providers reference: its rows are loaded under the "
							+ "name and parent this file gives (listed once, at its first row)");
		}
		return code;
	}

}
