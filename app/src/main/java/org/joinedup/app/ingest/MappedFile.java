package org.joinedup.app.ingest;

import org.joinedup.transform.load.MappedReturn;

/**
 * The return the check step mapped, kept for the load step of the same job execution so
 * the file is read once. A restarted execution starts with it empty and maps the file
 * again.
 */
class MappedFile {

	private MappedReturn mapped;

	MappedReturn get() {
		return mapped;
	}

	void set(MappedReturn mapped) {
		this.mapped = mapped;
	}

}
