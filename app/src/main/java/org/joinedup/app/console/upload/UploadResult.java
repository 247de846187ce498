package org.joinedup.app.console.upload;

import java.util.List;

import org.joinedup.ingest.finding.Finding;

/**
 * What became of one uploaded file.
 *
 * @param name the name it was sent with, made safe
 * @param storedAs where it is kept, under the inbox; null when it was refused
 * @param outcome LOADED, SUPERSEDES, DUPLICATE, REJECTED, WAITING or FAILED as its ingest
 * said, or REFUSED when it was no return and was not stored
 * @param detail the ingest's line about it, or why it was refused
 * @param jobExecutionId the ingest's job execution; null when none ran
 * @param findings a rejected file's findings
 */
record UploadResult(String name, String storedAs, String outcome, String detail, Long jobExecutionId,
		List<Finding> findings) {

	static final String REFUSED = "REFUSED";

	static UploadResult refused(String name, String why) {
		return new UploadResult(name, null, REFUSED, why, null, List.of());
	}

}
