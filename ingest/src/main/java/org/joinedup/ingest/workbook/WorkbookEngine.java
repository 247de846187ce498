package org.joinedup.ingest.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.EmptyFileException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Which engine reads a workbook. The format comes from the file's content, never its
 * name: OOXML (.xlsx, .xlsm) or OLE2 (.xls, or an encrypted .xlsx, which Office wraps in
 * OLE2). An .xls is always read by HSSF's usermodel: BIFF8 caps a sheet at 65,536 rows,
 * so it never needs streaming. Whichever engine reads, a damaged or dangerous file gets
 * the same finding ({@link OoxmlPackageCheck}).
 */
public enum WorkbookEngine {

	/**
	 * By the file's format: an .xlsx is streamed, an .xls read by the usermodel. The
	 * default.
	 */
	BY_FILE,

	/**
	 * POI's usermodel (XSSF, HSSF) for every format, the whole workbook in memory: a
	 * fallback that configuration can choose should the streaming reader ever misread a
	 * file.
	 */
	USERMODEL;

	/** The stream names under which an OLE2 file keeps a BIFF workbook. */
	private static final List<String> BIFF_ENTRIES = List.of("Workbook", "WORKBOOK", "BOOK", "Book");

	/**
	 * Opens a workbook for reading; the caller closes it.
	 * @throws UnreadableFileException when the file is encrypted, corrupt, a zip bomb or
	 * not a workbook
	 * @throws java.io.UncheckedIOException when the file cannot be opened at all
	 * (missing, no permission)
	 */
	public Workbook open(Path path) {
		String file = path.getFileName().toString();
		// POI keeps the limits JVM-wide, where other code could change them: set them for
		// every file
		ZipLimits.apply();
		FileMagic magic = magic(path, file);
		try {
			return switch (magic) {
				case OOXML -> openOoxml(path, file);
				case OLE2 -> openOle2(path, file);
				case BIFF2, BIFF3, BIFF4 -> throw WorkbookFailures.tooOld(file);
				default -> throw WorkbookFailures.notAWorkbook(file);
			};
		}
		catch (Exception failure) {
			// POI reports damaged content with assorted runtime exceptions
			throw WorkbookFailures.translate(file, failure);
		}
	}

	private static FileMagic magic(Path path, String file) {
		try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(path)))) {
			return FileMagic.valueOf(in);
		}
		catch (EmptyFileException empty) {
			throw WorkbookFailures.notAWorkbook(file);
		}
		catch (IOException failure) {
			// a file that is missing or cannot be opened is the system's problem, not the
			// submitter's
			throw new UncheckedIOException(failure);
		}
	}

	private Workbook openOoxml(Path path, String file) throws Exception {
		OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
		try {
			OoxmlPackageCheck.check(pkg, file);
			return this == USERMODEL ? new PoiUsermodelWorkbook(file, new XSSFWorkbook(pkg))
					: new StreamingXlsxWorkbook(file, pkg);
		}
		catch (Exception | Error failure) {
			pkg.revert();
			throw failure;
		}
	}

	/**
	 * An encrypted .xlsx is an OLE2 container holding an {@code EncryptionInfo} stream,
	 * not a workbook.
	 */
	private static Workbook openOle2(Path path, String file) throws IOException {
		POIFSFileSystem container = new POIFSFileSystem(path.toFile(), true);
		try {
			DirectoryNode root = container.getRoot();
			if (root.hasEntry("EncryptionInfo")) {
				throw WorkbookFailures.encrypted(file);
			}
			if (BIFF_ENTRIES.stream().noneMatch(root::hasEntry)) {
				throw WorkbookFailures.notAWorkbook(file);
			}
			return new PoiUsermodelWorkbook(file, new HSSFWorkbook(container, true));
		}
		catch (IOException | RuntimeException | Error failure) {
			IOUtils.closeQuietly(container);
			throw failure;
		}
	}

}
