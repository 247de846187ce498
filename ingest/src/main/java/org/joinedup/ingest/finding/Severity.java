package org.joinedup.ingest.finding;

/**
 * An error rejects the file; a warning is listed in Data quality and the file still
 * loads.
 */
public enum Severity {

	ERROR, WARNING

}
