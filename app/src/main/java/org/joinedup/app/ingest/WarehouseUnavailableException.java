package org.joinedup.app.ingest;

/**
 * The warehouse itself failed while a file was ingested (its disk full, its server or
 * connection gone): no later file can load until it is fixed, so the run stops, with the
 * file's line and this one-line reason.
 */
public class WarehouseUnavailableException extends RuntimeException {

	private final transient FileOutcome outcome;

	WarehouseUnavailableException(FileOutcome outcome, String reason) {
		super("Stopped: the warehouse failed (" + reason + "). Nothing after " + outcome.file().getFileName()
				+ " was ingested; once it is fixed, run again: that file resumes where it stopped.");
		this.outcome = outcome;
	}

	public FileOutcome outcome() {
		return outcome;
	}

}
