package org.joinedup.ingest.finding;

/** How much of a return a finding is about. */
public enum Level {

	FILE, RECORD, GROUP

}
