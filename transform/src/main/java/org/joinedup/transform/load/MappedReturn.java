package org.joinedup.transform.load;

import java.util.List;

import org.joinedup.ingest.finding.Finding;

/**
 * A return read, checked and mapped to warehouse facts; rejected when any finding is an
 * error.
 */
public record MappedReturn(SubmissionKey key, List<Fact> facts, List<Finding> findings) {

	public boolean rejected() {
		return findings.stream().anyMatch(Finding::isError);
	}

	public long errorCount() {
		return findings.stream().filter(Finding::isError).count();
	}

	public long warningCount() {
		return findings.size() - errorCount();
	}
}
