package org.joinedup.app.nightly;

import java.time.Duration;
import java.util.List;

import org.joinedup.app.ingest.FileOutcome;

/** What one nightly did: the outcome of every file, the reports, and how long it took. */
public record NightlySummary(List<FileOutcome> files, int reportsWritten, int reportsUnchanged, int reportsFailed,
		Duration duration) {

	/**
	 * e.g.
	 * {@code Nightly done: files 96 loaded, 1 superseded, ...; reports 4 written, 0 unchanged, 0 failed; 42s}
	 */
	public String line() {
		return "Nightly done: files " + FileCounts.of(files).nightlySummary() + "; reports " + reportsWritten
				+ " written, " + reportsUnchanged + " unchanged, " + reportsFailed + " failed; in "
				+ duration.toSeconds() + "s";
	}
}
