package org.joinedup.ingest.provenance;

/**
 * A raw value as it stood in a return, with where it stood. {@code value} is a
 * {@link String}, {@link Double}, {@link java.time.LocalDate}, {@link Boolean} or null
 * (blank); a formula cell gives its cached value.
 */
public record SourceValue(Object value, Provenance at) {

	public boolean isBlank() {
		return value == null || (value instanceof String s && s.isBlank());
	}

	/**
	 * The value as text, as a submitter would read it (numbers without a trailing
	 * {@code .0}).
	 */
	public String text() {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
			return Long.toString(d.longValue());
		}
		return value.toString();
	}
}
