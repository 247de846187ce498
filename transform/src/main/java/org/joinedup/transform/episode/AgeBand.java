package org.joinedup.transform.episode;

/** The age bands the episode counts are kept in. */
enum AgeBand {

	CHILD("0-17"), ADULT("18-64"), OLDER("65+");

	static final int OLDEST_PLAUSIBLE = 130;

	private final String label;

	AgeBand(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	static AgeBand of(int age) {
		return age < 18 ? CHILD : age < 65 ? ADULT : OLDER;
	}

}
