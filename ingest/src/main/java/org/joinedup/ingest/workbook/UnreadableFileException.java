package org.joinedup.ingest.workbook;

import org.joinedup.ingest.finding.Finding;

/**
 * A file that cannot be read as a workbook at all. {@code rule} is one of the constants
 * here; the message is written for the submitter. Unchecked because streamed sheets can
 * fail part-way through iterating their rows.
 */
public class UnreadableFileException extends RuntimeException {

	public static final String ENCRYPTED = "workbook-encrypted";

	public static final String CORRUPT = "workbook-corrupt";

	public static final String NOT_A_WORKBOOK = "not-a-workbook";

	public static final String ZIP_BOMB = "zip-bomb";

	/** Past one of the {@link WorkbookLimits}: too big unzipped, in all or in a part. */
	public static final String TOO_LARGE = "workbook-too-large";

	public static final String TOO_MANY_PARTS = "workbook-too-many-parts";

	/** Longer than {@link Sheet#LONGEST_NAME}: no file Excel saved. */
	public static final String SHEET_NAME_TOO_LONG = "sheet-name-too-long";

	public static final String OPENDOCUMENT = "workbook-opendocument";

	public static final String ZIP_HOLDING_WORKBOOK = "workbook-in-zip";

	private final String rule;

	public UnreadableFileException(String rule, String message) {
		this(rule, message, null);
	}

	public UnreadableFileException(String rule, String message, Throwable cause) {
		super(message, cause);
		this.rule = rule;
	}

	public String rule() {
		return rule;
	}

	/** The file-level error finding that rejects the file. */
	public Finding toFinding(String file) {
		return Finding.fileError(file, rule, getMessage());
	}

}
