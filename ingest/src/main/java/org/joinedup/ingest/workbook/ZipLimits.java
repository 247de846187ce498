package org.joinedup.ingest.workbook;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits past which an .xlsx counts as a zip bomb, set explicitly rather than left to
 * POI's defaults so that what a submitter is told matches what is enforced.
 */
final class ZipLimits {

	/**
	 * An entry may expand to at most 100 times its compressed size (POI's default ratio).
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	/**
	 * No real return has a part this big; the streaming engine would still cope with one.
	 */
	static final long MAX_ENTRY_SIZE = 1L << 30;

	static final long MAX_FILE_COUNT = 10_000;

	private ZipLimits() {
	}

	static void apply() {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
	}

}
