package org.joinedup.ingest.detect;

/**
 * Recognises one kind of file from its start; a return type's definition names the
 * detector for its files.
 */
@FunctionalInterface
public interface ContentDetector {

	boolean matches(FileSample sample);

	/** Matches what either detector matches. */
	default ContentDetector or(ContentDetector other) {
		return sample -> matches(sample) || other.matches(sample);
	}

}
