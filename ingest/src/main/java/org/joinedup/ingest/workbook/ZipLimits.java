package org.joinedup.ingest.workbook;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's own zip-bomb limits, set explicitly from the {@link WorkbookLimits} rather than
 * left to POI's defaults. They guard what POI parses itself as it opens a package (the
 * content types, the relationships), whatever a zip's directory claims; the checks of
 * {@link ZipDirectory} and {@link OoxmlPackageCheck} come first and name what is too
 * large.
 */
final class ZipLimits {

	/**
	 * An entry may expand to at most 100 times its compressed size (POI's default ratio).
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	/**
	 * Past the largest part the limits allow, so that {@link OoxmlPackageCheck}, counting
	 * the same bytes, stops first and names the part.
	 */
	private static final long MARGIN = 1L << 20;

	private ZipLimits() {
	}

	/**
	 * Whether an entry's directory declares it expands past the ratio, as POI would find
	 * on reading it (POI lets the first bytes of an entry pass unchecked).
	 */
	static boolean inflatesTooFar(ZipArchiveEntry entry) {
		return entry.getSize() > ZipSecureFile.getGraceEntrySize() && entry.getCompressedSize() >= 0
				&& (double) entry.getCompressedSize() / entry.getSize() < MIN_INFLATE_RATIO;
	}

	/**
	 * POI keeps these JVM-wide, where other code could change them: set for every file.
	 */
	static void apply(WorkbookLimits limits) {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(Math.max(limits.sheetSize(), limits.sharedStringsSize()) + MARGIN);
		ZipSecureFile.setMaxFileCount(limits.parts());
	}

}
