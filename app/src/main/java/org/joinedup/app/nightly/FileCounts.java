package org.joinedup.app.nightly;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.FileOutcome.Result;

/** How many files of an ingest run ended in each result. */
record FileCounts(int total, Map<Result, Integer> byResult) {

	static FileCounts of(List<FileOutcome> outcomes) {
		Map<Result, Integer> counts = new EnumMap<>(Result.class);
		outcomes.forEach(o -> counts.merge(o.result(), 1, Integer::sum));
		return new FileCounts(outcomes.size(), counts);
	}

	int count(Result result) {
		return byResult.getOrDefault(result, 0);
	}

	/**
	 * e.g.
	 * {@code Ingested 97 file(s): 96 loaded, 1 supersedes, 0 duplicate, 0 waiting, 0 rejected, 0 failed.}
	 */
	String ingestSummary() {
		StringBuilder s = new StringBuilder("Ingested " + total + " file(s):");
		for (Result result : Result.values()) {
			s.append(' ')
				.append(count(result))
				.append(' ')
				.append(result.name().toLowerCase())
				.append(result == Result.FAILED ? "." : ",");
		}
		if (count(Result.WAITING) > 0) {
			s.append(" Waiting files may still be arriving: the next run takes them.");
		}
		if (count(Result.REJECTED) > 0) {
			s.append(" Rejected files loaded nothing; their findings are in the Data quality sheet.");
		}
		return s.toString();
	}

	/**
	 * e.g. {@code 96 loaded, 1 superseded, 0 duplicate, 0 waiting, 0 rejected, 0 failed}
	 */
	String nightlySummary() {
		return count(Result.LOADED) + " loaded, " + count(Result.SUPERSEDES) + " superseded, " + count(Result.DUPLICATE)
				+ " duplicate, " + count(Result.WAITING) + " waiting, " + count(Result.REJECTED) + " rejected, "
				+ count(Result.FAILED) + " failed";
	}
}
