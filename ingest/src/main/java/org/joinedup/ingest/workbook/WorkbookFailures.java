package org.joinedup.ingest.workbook;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;

/**
 * Turns whatever POI threw while opening or reading a workbook into a rule and a
 * submitter's message.
 */
final class WorkbookFailures {

	private WorkbookFailures() {
	}

	/**
	 * @throws ReadingStopped found among the causes: a stop is no fault of the file
	 */
	static UnreadableFileException translate(String file, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof ReadingStopped stopped) {
				throw stopped;
			}
			if (cause instanceof UnreadableFileException unreadable) {
				return unreadable;
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb detected") || message.contains("MAX_FILE_COUNT")) {
				return zipBomb(file, message, failure);
			}
			if (cause instanceof EncryptedDocumentException) {
				return encrypted(file);
			}
			if (cause instanceof OldExcelFormatException) {
				return tooOld(file);
			}
			if (cause instanceof NotOfficeXmlFileException || cause instanceof OLE2NotOfficeXmlFileException
					|| cause instanceof NotOLE2FileException || cause instanceof OfficeXmlFileException) {
				return notAWorkbook(file);
			}
		}
		return new UnreadableFileException(UnreadableFileException.CORRUPT, "'" + file
				+ "' is damaged or incomplete (it may have been cut short when it was sent), so it cannot be read."
				+ " Open it in Excel, save it again and resend it.", failure);
	}

	static UnreadableFileException encrypted(String file) {
		return new UnreadableFileException(UnreadableFileException.ENCRYPTED,
				"'" + file + "' is password-protected or encrypted, so it cannot be read. Remove the password"
						+ " (File > Info > Protect Workbook > Encrypt with Password, then clear it) and resend it.");
	}

	static UnreadableFileException notAWorkbook(String file) {
		return new UnreadableFileException(UnreadableFileException.NOT_A_WORKBOOK, "'" + file
				+ "' is not an Excel workbook (.xlsx or .xls), whatever its name says. Save the return from Excel"
				+ " as an Excel Workbook (.xlsx) and resend it.");
	}

	static UnreadableFileException tooOld(String file) {
		return new UnreadableFileException(UnreadableFileException.NOT_A_WORKBOOK,
				"'" + file + "' is in an Excel format from before Excel 97, which cannot be read. Save it as an Excel"
						+ " Workbook (.xlsx) and resend it.");
	}

	static UnreadableFileException openDocument(String file) {
		return new UnreadableFileException(UnreadableFileException.OPENDOCUMENT, "'" + file
				+ "' is an OpenDocument spreadsheet (.ods, as LibreOffice and OpenOffice save by default), not an Excel"
				+ " workbook. Open it in LibreOffice Calc or Excel, save it as an Excel Workbook (.xlsx) and resend it.");
	}

	static UnreadableFileException zipHoldingWorkbook(String file, String workbook) {
		return new UnreadableFileException(UnreadableFileException.ZIP_HOLDING_WORKBOOK,
				"'" + file + "' is a zip archive holding the workbook '" + workbook
						+ "', not a workbook itself. Send the workbook itself, not zipped.");
	}

	static UnreadableFileException unusualCompression(String file, String part, String method) {
		return compressedAsExcelNever(file, "its part '" + part + "' is compressed with " + method, null);
	}

	/**
	 * A zip whose directory is damaged is read entry by entry, and commons-compress then
	 * needs the decoder an entry names (XZ, Zstandard), which joinedup does not carry.
	 */
	static UnreadableFileException unusualCompression(String file, NoClassDefFoundError missingDecoder) {
		return compressedAsExcelNever(file, "a part of it is compressed", missingDecoder);
	}

	private static UnreadableFileException compressedAsExcelNever(String file, String what, Throwable cause) {
		return new UnreadableFileException(UnreadableFileException.CORRUPT,
				"'" + file + "' cannot be read because " + what
						+ " in a way Excel never uses: the file was made or repacked by another tool. Open it in"
						+ " Excel, save it as an Excel Workbook (.xlsx) and resend it.",
				cause);
	}

	static UnreadableFileException sheetNameTooLong(String file, String sheet) {
		return new UnreadableFileException(UnreadableFileException.SHEET_NAME_TOO_LONG,
				"'" + file + "' has a sheet whose name is " + String.format("%,d", sheet.length())
						+ " characters long, beginning '" + sheet.substring(0, 40) + "'; Excel allows 31. Rename"
						+ " the sheet in Excel, save the workbook and resend it.");
	}

	static UnreadableFileException tooManyParts(String file, long parts, WorkbookLimits limits) {
		return new UnreadableFileException(UnreadableFileException.TOO_MANY_PARTS,
				"'" + file + "' was not read because it holds " + String.format("%,d", parts)
						+ " parts (zip entries), more than the " + String.format("%,d", limits.parts())
						+ " a workbook may hold; a real return holds a few dozen."
						+ " If it is a genuine return, save it from Excel as an Excel Workbook (.xlsx) and resend it.");
	}

	/**
	 * @param size what it unzips to, or -1 when only the limit is known
	 */
	static UnreadableFileException workbookTooLarge(String file, long size, WorkbookLimits limits) {
		return tooLarge(file,
				"it unzips to " + (size < 0 ? "more than" : WorkbookLimits.size(size) + " in all, more than") + " the "
						+ WorkbookLimits.size(limits.workbookSize()) + " a workbook may hold");
	}

	/**
	 * @param part what is too large, as the submitter knows it:
	 * {@code its sheet 'Metrics'}
	 * @param size its size, or -1 when only the limit is known (reading stopped there)
	 */
	static UnreadableFileException partTooLarge(String file, String part, long size, long limit) {
		return tooLarge(file,
				part + " unzips to " + (size < 0 ? "more than" : WorkbookLimits.size(size) + ", more than") + " the "
						+ WorkbookLimits.size(limit) + " allowed");
	}

	static UnreadableFileException xlsTooLarge(String file, long size, WorkbookLimits limits) {
		return tooLarge(file, "it is " + WorkbookLimits.size(size) + ", more than the "
				+ WorkbookLimits.size(limits.xlsSize()) + " an .xls workbook may be");
	}

	private static UnreadableFileException tooLarge(String file, String why) {
		return new UnreadableFileException(UnreadableFileException.TOO_LARGE,
				"'" + file + "' was not read because " + why
						+ ", far beyond any real return. If it is a genuine return, delete unused sheets, rows and"
						+ " formatting, save it as an Excel Workbook (.xlsx) and resend it.");
	}

	static UnreadableFileException zipBomb(String file, String detail, Throwable failure) {
		String exceeded;
		if (detail.contains("ratio")) {
			exceeded = "a part of it expands to more than " + Math.round(1 / ZipLimits.MIN_INFLATE_RATIO)
					+ " times its compressed size";
		}
		else if (detail.contains("MAX_FILE_COUNT")) {
			exceeded = "it holds more than " + ZipSecureFile.getMaxFileCount() + " parts";
		}
		else {
			exceeded = "a part of it expands beyond " + WorkbookLimits.size(ZipSecureFile.getMaxEntrySize());
		}
		return new UnreadableFileException(UnreadableFileException.ZIP_BOMB,
				"'" + file + "' was not read because " + exceeded
						+ ", far beyond any real return; it looks like a zip bomb."
						+ " If it is a genuine return, remove unused rows and formatting, save it again and resend it.",
				failure);
	}

	private static Throwable next(Throwable failure) {
		if (failure instanceof XMLStreamException xml && xml.getNestedException() != null
				&& xml.getNestedException() != failure.getCause()) {
			return xml.getNestedException();
		}
		return failure.getCause();
	}

}
