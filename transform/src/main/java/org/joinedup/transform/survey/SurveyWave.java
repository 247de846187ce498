package org.joinedup.transform.survey;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.warehouse.ReturnType;

/**
 * A survey and its wave, which is what a survey file is for: a later file for the same
 * ones supersedes it.
 */
record SurveyWave(String survey, String wave) implements Comparable<SurveyWave> {

	/** A year ({@code 2013}) or a year and month ({@code 2021-11}). */
	/** What the submission's organisation code column holds. */
	private static final int KEY_LENGTH = 200;

	private static final Pattern WAVE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");

	/**
	 * The survey and wave of a row, or null (with a finding) when either is missing or
	 * the wave is malformed.
	 */
	static SurveyWave of(SourceValue survey, SourceValue wave, Checks checks) {
		if (survey.isBlank()) {
			checks.error(Level.RECORD, survey, "value-missing", "Every row needs the Survey it belongs to");
			return null;
		}
		String text = wave.text().trim();
		if (!WAVE.matcher(text).matches()) {
			checks.error(Level.RECORD, wave, "wave-malformed", "A wave is a year (2013) or a year and month (2021-11)");
			return null;
		}
		return new SurveyWave(checks.text(survey, 200, "The Survey"), text);
	}

	/** The key of a file holding these survey waves. */
	static SubmissionKey key(ReturnType type, Set<SurveyWave> waves) {
		if (waves.isEmpty()) {
			return SubmissionKey.unknown(type);
		}
		TreeSet<SurveyWave> sorted = new TreeSet<>(waves);
		StringBuilder code = new StringBuilder();
		for (SurveyWave w : sorted) {
			code.append(code.isEmpty() ? "" : "; ").append(w.survey()).append(' ').append(w.wave());
		}
		// a label made of the waves' names, each already within its column: shortened to
		// fit its own
		return new SubmissionKey(type, code.length() <= KEY_LENGTH ? code.toString() : code.substring(0, KEY_LENGTH),
				null, null);
	}

	@Override
	public int compareTo(SurveyWave other) {
		int bySurvey = survey.compareTo(other.survey);
		return bySurvey != 0 ? bySurvey : wave.compareTo(other.wave);
	}
}
