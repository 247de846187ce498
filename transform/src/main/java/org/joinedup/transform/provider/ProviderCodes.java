package org.joinedup.transform.provider;

import java.util.Set;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.code.OdsCode;

/**
 * NHS organisation codes in a return: trimmed, upper-cased, well formed, and providers
 * known to the reference.
 */
public final class ProviderCodes {

	private final Set<String> known;

	private ProviderCodes(Set<String> known) {
		this.known = known;
	}

	/**
	 * The codes as the current providers reference holds them now, for checking one file.
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

	/** A provider's code, which must also be in the current providers reference. */
	public String provider(SourceValue value, Checks checks) {
		String code = OdsCode.normalise(value.text());
		if (!OdsCode.isWellFormed(code)) {
			return wellFormed(value, checks);
		}
		if (!known.contains(code)) {
			checks.error(Level.RECORD, value, "ods-code-unknown",
					"The provider code is not in the current providers reference: load a providers reference that has it first");
		}
		return code;
	}

}
