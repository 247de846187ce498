package org.joinedup.ingest.detect;

/** Recognises one kind of return from the start of a file. A new feed adds one of these. */
public interface ContentDetector {

	ReturnType type();

	boolean matches(FileSample sample);
}
