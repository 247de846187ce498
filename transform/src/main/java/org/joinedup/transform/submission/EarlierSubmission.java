package org.joinedup.transform.submission;

import org.joinedup.warehouse.SubmissionStatus;

/** The submission that same bytes made before, as the file was then named. */
public record EarlierSubmission(long id, SubmissionStatus status, String fileName) {

	/**
	 * How a later copy of the same bytes refers to it, with where to read its findings.
	 */
	public String describe() {
		String said = "same bytes as submission #" + id + " (" + fileName + ", " + status.name().toLowerCase()
				+ "): nothing loaded";
		return status == SubmissionStatus.REJECTED
				? said + "; its findings: joinedup rejections --file " + quotedIfNeeded(fileName) : said;
	}

	private static String quotedIfNeeded(String name) {
		return name.matches("[\\w.+@%/,:=-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
	}

}
