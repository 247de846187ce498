package org.joinedup.app.ingest;

/** Names of the ingest job's parameters and execution-context entries. */
public final class IngestKeys {

	public static final String JOB = "ingestFile";

	public static final String SHA256 = "file.sha256";

	public static final String PATH = "file.path";

	public static final String NAME = "file.name";

	/** Identifies a rerun of the same bytes as a job instance of its own. */
	public static final String RERUN_AT = "rerun.at";

	public static final String SUBMISSION_ID = "submissionId";

	public static final String SUPERSEDES = "supersedes";

	private IngestKeys() {
	}

}
