package org.joinedup.app.cli;

import java.util.List;

import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.FileOutcome.Result;

/** The command-line contract's exit codes. */
final class ExitCodes {

	static final int OK = 0;

	static final int FAILURE = 1;

	static final int USAGE = 2;

	static final int SOME_REJECTED = 3;

	private ExitCodes() {
	}

	static int of(List<FileOutcome> outcomes) {
		if (outcomes.stream().anyMatch(o -> o.result() == Result.FAILED)) {
			return FAILURE;
		}
		return outcomes.stream().anyMatch(o -> o.result() == Result.REJECTED) ? SOME_REJECTED : OK;
	}

}
