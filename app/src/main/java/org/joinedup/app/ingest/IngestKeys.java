package org.joinedup.app.ingest;

/** Names of the ingest job's parameters and execution-context entries. */
public final class IngestKeys {

	public static final String JOB = "ingestFile";

	public static final String SHA256 = "file.sha256";

	public static final String PATH = "file.path";

	public static final String NAME = "file.name";

	/** The file's size and modification time when its sha256 was taken. */
	public static final String SIZE = "file.size";

	public static final String MODIFIED = "file.modified";

	/** Identifies a rerun of the same bytes as a job instance of its own. */
	public static final String RERUN_AT = "rerun.at";

	public static final String SUBMISSION_ID = "submissionId";

	public static final String SUPERSEDES = "supersedes";

	/**
	 * Set when the file changed while it was read: nothing was recorded, the job stopped.
	 */
	public static final String CHANGED = "changed";

	private IngestKeys() {
	}

}
