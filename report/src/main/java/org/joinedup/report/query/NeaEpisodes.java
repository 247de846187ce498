package org.joinedup.report.query;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An area's NEA actual for the report quarter beside the emergency admissions its episode
 * extracts count for the same quarter ({@code episodes} null when no extract covers it).
 */
public record NeaEpisodes(BigDecimal quarterActual, Long episodes) {

	public static final NeaEpisodes NONE = new NeaEpisodes(null, null);

	/**
	 * formats.md: a warning when the actual is more than 5% away from the episode-level
	 * count.
	 */
	static final BigDecimal TOLERANCE = new BigDecimal("0.05");

	/** (actual - episodes) / episodes, or null when either is missing. */
	public BigDecimal difference() {
		if (quarterActual == null || episodes == null || episodes == 0) {
			return null;
		}
		BigDecimal count = BigDecimal.valueOf(episodes);
		return quarterActual.subtract(count).divide(count, MathContext.DECIMAL64);
	}

	public boolean mismatched() {
		BigDecimal difference = difference();
		return difference != null && difference.abs().compareTo(TOLERANCE) > 0;
	}
}
