package org.joinedup.transform.provider;

import org.joinedup.ingest.detect.ContentDetector;
import org.joinedup.ingest.detect.FileSample;

/** NHS Digital's headerless trust file, known by the shape of its first records. */
public final class TrustFileDetector implements ContentDetector {

	private static final int SHAPE_RECORDS = 5;

	@Override
	public boolean matches(FileSample sample) {
		return TrustFile.shapeOf(sample.leadingRecords(SHAPE_RECORDS));
	}

}
