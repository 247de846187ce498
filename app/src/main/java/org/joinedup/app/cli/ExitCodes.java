package org.joinedup.app.cli;

/** The command-line contract's exit codes. */
final class ExitCodes {

	static final int OK = 0;

	static final int FAILURE = 1;

	static final int USAGE = 2;

	static final int SOME_REJECTED = 3;

	private ExitCodes() {
	}
}
