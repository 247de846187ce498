package org.joinedup.app.ingest;

/** Names of the ingest job's parameters and execution-context entries. */
final class IngestKeys {

	static final String JOB = "ingestFile";

	static final String SHA256 = "file.sha256";

	static final String PATH = "file.path";

	static final String NAME = "file.name";

	static final String SUBMISSION_ID = "submissionId";

	static final String SUPERSEDES = "supersedes";

	private IngestKeys() {
	}
}
