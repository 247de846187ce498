package org.joinedup.ingest.workbook;

/**
 * How much a workbook may hold before it is rejected unread, so that reading one takes
 * memory bounded by these and not by the file. The defaults lie far beyond any real
 * return (the largest real .xlsx unzips to 1.5 MB, its largest sheet to 265 kB, its
 * shared strings to 41 kB in 41 parts; the largest real .xls is 2.5 MB).
 *
 * @param workbookSize the most an .xlsx may unzip to, all its parts together, in bytes
 * @param sheetSize the most any one part of an .xlsx (a sheet, the styles) may unzip to
 * @param sharedStringsSize the most an .xlsx's shared strings (the texts its cells share)
 * may unzip to: the streaming engine holds them all while it reads
 * @param parts the most parts (zip entries) an .xlsx may hold
 * @param xlsSize the most an .xls file may take: HSSF reads it whole
 */
public record WorkbookLimits(long workbookSize, long sheetSize, long sharedStringsSize, int parts, long xlsSize) {

	private static final long MB = 1L << 20;

	public static final WorkbookLimits DEFAULTS = new WorkbookLimits(100 * MB, 20 * MB, 10 * MB, 1_000, 20 * MB);

	public WorkbookLimits {
		if (workbookSize <= 0 || sheetSize <= 0 || sharedStringsSize <= 0 || parts <= 0 || xlsSize <= 0) {
			throw new IllegalArgumentException("Every workbook limit is above 0, not " + workbookSize + ", " + sheetSize
					+ ", " + sharedStringsSize + ", " + parts + ", " + xlsSize);
		}
	}

	/** A size in words: {@code 20 MB}, {@code 512 kB}, {@code 300 bytes}. */
	static String size(long bytes) {
		if (bytes >= MB) {
			return String.format("%,d MB", Math.round((double) bytes / MB));
		}
		if (bytes >= 1024) {
			return String.format("%,d kB", Math.round(bytes / 1024.0));
		}
		return String.format("%,d bytes", bytes);
	}

}
