package org.joinedup.transform.dtocla;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.transform.area.AreaDirectory;
import org.joinedup.transform.check.Checks;

/**
 * The area of an LA row. The file's own ONS code when it has one (from 2015), otherwise
 * its legacy code mapped through the areas reference, provided the reference names the
 * same area (legacy codes have been reused between feeds). A national file must load
 * whole, so an area the reference cannot place is a warning and the row is kept under the
 * file's own code and name. Codes 9900-9902 are patients resident in Wales, Scotland or
 * outside Great Britain: no area, no warning. Each code is resolved, and warned about,
 * once per file.
 */
final class LaAreas {

	private static final Pattern ONS_CODE = Pattern.compile("E(06|08|09|10)\\d{6}");

	private static final Pattern OUTSIDE_ENGLAND = Pattern.compile("99\\d\\d");

	private static final Pattern UNITARY_SUFFIX = Pattern.compile("\\s+ua$");

	private final AreaDirectory directory;

	private final Map<String, String> onsByLegacyCode;

	private final Map<String, String> namesByOnsCode;

	private final Checks checks;

	private final Map<String, String> resolved = new HashMap<>();

	LaAreas(AreaDirectory directory, Map<String, String> onsByLegacyCode, Map<String, String> namesByOnsCode,
			Checks checks) {
		this.directory = directory;
		this.onsByLegacyCode = onsByLegacyCode;
		this.namesByOnsCode = namesByOnsCode;
		this.checks = checks;
	}

	/** The row's ONS code, or null when it has none. */
	String areaCode(SourceValue ons, SourceValue code, SourceValue name) {
		String legacy = code.text().trim().toUpperCase(Locale.ROOT);
		String key = legacy + "|" + ons.text().trim();
		if (!resolved.containsKey(key)) {
			resolved.put(key, resolve(ons, legacy, code, name));
		}
		return resolved.get(key);
	}

	private String resolve(SourceValue ons, String legacy, SourceValue code, SourceValue name) {
		String onsCode = ons.text().trim().toUpperCase(Locale.ROOT);
		if (ONS_CODE.matcher(onsCode).matches()) {
			if (!directory.contains(onsCode)) {
				checks.warning(Level.RECORD, ons, "area-not-in-reference", "'" + name.text().trim()
						+ "' is not in the areas reference: its rows are kept under the file's ONS code");
			}
			return onsCode;
		}
		if (OUTSIDE_ENGLAND.matcher(legacy).matches()) {
			return null;
		}
		String mapped = onsByLegacyCode.get(legacy);
		if (mapped == null) {
			checks.warning(Level.RECORD, code, "area-not-in-reference", "The legacy code of '" + name.text().trim()
					+ "' is not in the areas reference: its rows are kept under the file's code and name, with no area");
			return null;
		}
		String referenceName = namesByOnsCode.get(mapped);
		if (!sameArea(name.text(), referenceName)) {
			checks.warning(Level.RECORD, code, "legacy-code-name-mismatch",
					"The areas reference gives this legacy code to " + mapped + " " + referenceName + ", not '"
							+ name.text().trim() + "': its rows are kept under the file's code and name, with no area");
			return null;
		}
		return mapped;
	}

	/** {@code Derby UA} is the reference's {@code Derby}. */
	private static boolean sameArea(String fileName, String referenceName) {
		return referenceName != null && UNITARY_SUFFIX.matcher(TextMatch.normalise(fileName))
			.replaceFirst("")
			.equals(UNITARY_SUFFIX.matcher(TextMatch.normalise(referenceName)).replaceFirst(""));
	}

}
