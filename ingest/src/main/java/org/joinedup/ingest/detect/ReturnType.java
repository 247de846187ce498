package org.joinedup.ingest.detect;

/** The kinds of return joinedup recognises, found from a file's content. */
public enum ReturnType {

	BCF_QUARTERLY("Better Care Fund quarterly return"),
	AREAS_REFERENCE("Areas reference"),
	UNKNOWN("Unrecognised file");

	private final String title;

	ReturnType(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
