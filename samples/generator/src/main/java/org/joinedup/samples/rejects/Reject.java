package org.joinedup.samples.rejects;

/**
 * One bad file and the finding it must produce: level FILE or RECORD; sheet as written,
 * 1-based row and column letter, all blank where not applicable.
 */
public record Reject(String file, byte[] bytes, String level, String sheet, String row, String column, String value,
		String rule) {

	static Reject file(String file, byte[] bytes, String rule) {
		return new Reject(file, bytes, "FILE", "", "", "", "", rule);
	}
}
