package org.joinedup.ingest.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * How a workbook is read. The format comes from the file's content, never its name: OOXML (.xlsx)
 * or OLE2 (.xls, or an encrypted .xlsx, which Office wraps in OLE2). Legacy .xls is always read by
 * the usermodel: BIFF8 caps a sheet at 65,536 rows, so it never needs streaming.
 */
public enum WorkbookEngine {

	/** POI's usermodel (XSSF/HSSF): the whole workbook in memory. Right for returns of ordinary size. */
	USERMODEL,

	/** POI's streaming .xlsx reader: memory does not grow with the number of rows. */
	STREAMING;

	/** The stream names under which an OLE2 file keeps a BIFF workbook. */
	private static final List<String> BIFF_ENTRIES = List.of("Workbook", "WORKBOOK", "BOOK", "Book");

	/** Workbooks, templates and macro-enabled workbooks; not the binary .xlsb. */
	private static final Pattern SPREADSHEET_MAIN_PART = Pattern
		.compile("application/vnd\\.(openxmlformats-officedocument\\.spreadsheetml|ms-excel)\\..*main\\+xml");

	/**
	 * Opens a workbook for reading; the caller closes it.
	 * @throws UnreadableFileException when the file is encrypted, corrupt, a zip bomb or not a workbook
	 * @throws java.io.UncheckedIOException when the file cannot be opened at all (missing, no permission)
	 */
	public Workbook open(Path path) {
		String file = path.getFileName().toString();
		// POI keeps the limits JVM-wide, where other code could change them: set them for every file
		ZipLimits.apply();
		FileMagic magic = magic(path, file);
		try {
			return switch (magic) {
				case OOXML -> {
					checkOoxmlWorkbook(path, file);
					yield this == STREAMING ? new StreamingXlsxWorkbook(path) : usermodel(path, file);
				}
				case OLE2 -> {
					checkOle2Workbook(path, file);
					yield usermodel(path, file);
				}
				case BIFF2, BIFF3, BIFF4 -> throw WorkbookFailures.tooOld(file);
				default -> throw WorkbookFailures.notAWorkbook(file);
			};
		}
		catch (Exception failure) {
			// POI reports damaged content with assorted runtime exceptions
			throw WorkbookFailures.translate(file, failure);
		}
	}

	private static Workbook usermodel(Path path, String file) throws IOException {
		return new PoiUsermodelWorkbook(file, WorkbookFactory.create(path.toFile(), null, true));
	}

	private static FileMagic magic(Path path, String file) {
		try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(path)))) {
			return FileMagic.valueOf(in);
		}
		catch (EmptyFileException empty) {
			throw WorkbookFailures.notAWorkbook(file);
		}
		catch (IOException failure) {
			// a file that is missing or cannot be opened is the system's problem, not the submitter's
			throw new UncheckedIOException(failure);
		}
	}

	/**
	 * A Word or PowerPoint file is OOXML too, and an .xlsb keeps binary parts this reader cannot read:
	 * the package's main part must be a spreadsheet in XML.
	 */
	private static void checkOoxmlWorkbook(Path path, String file) throws Exception {
		OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
		try {
			PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
			String contentType = main == null || pkg.getPart(main) == null ? "" : pkg.getPart(main).getContentType();
			if (!SPREADSHEET_MAIN_PART.matcher(contentType).matches()) {
				throw WorkbookFailures.notAWorkbook(file);
			}
		}
		finally {
			pkg.revert();
		}
	}

	/** An encrypted .xlsx is an OLE2 container holding an {@code EncryptionInfo} stream, not a workbook. */
	private static void checkOle2Workbook(Path path, String file) throws IOException {
		try (POIFSFileSystem container = new POIFSFileSystem(path.toFile(), true)) {
			DirectoryNode root = container.getRoot();
			if (root.hasEntry("EncryptionInfo")) {
				throw WorkbookFailures.encrypted(file);
			}
			if (BIFF_ENTRIES.stream().noneMatch(root::hasEntry)) {
				throw WorkbookFailures.notAWorkbook(file);
			}
		}
	}
}
