package org.joinedup.ingest.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

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
 * so it never needs streaming, and its file size is limited. Whichever engine reads, a
 * damaged, dangerous or oversized file gets the same finding ({@link ZipDirectory},
 * {@link OoxmlPackageCheck}).
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
	 * Opens a workbook for reading within the default {@link WorkbookLimits}; the caller
	 * closes it.
	 * @throws UnreadableFileException when the file is encrypted, corrupt, a zip bomb,
	 * past a limit or not a workbook
	 * @throws java.io.UncheckedIOException when the file cannot be opened at all
	 * (missing, no permission)
	 */
	public Workbook open(Path path) {
		return open(path, WorkbookLimits.DEFAULTS, () -> false);
	}

	/**
	 * As {@link #open(Path)}, within {@code limits}; reading its rows throws
	 * {@link ReadingStopped} once {@code stopRequested} holds.
	 */
	public Workbook open(Path path, WorkbookLimits limits, BooleanSupplier stopRequested) {
		String file = path.getFileName().toString();
		ZipLimits.apply(limits);
		FileMagic magic = magic(path, file);
		try {
			return withNamesExcelCouldSave(switch (magic) {
				case OOXML -> openOoxml(path, file, limits, stopRequested);
				case OLE2 -> openOle2(path, file, limits, stopRequested);
				case BIFF2, BIFF3, BIFF4 -> throw WorkbookFailures.tooOld(file);
				default -> throw WorkbookFailures.notAWorkbook(file);
			}, file);
		}
		catch (Exception failure) {
			// POI reports damaged content with assorted runtime exceptions
			throw WorkbookFailures.translate(file, failure);
		}
		catch (NoClassDefFoundError missingDecoder) {
			throw WorkbookFailures.unusualCompression(file, missingDecoder);
		}
	}

	/**
	 * Excel names a sheet in 31 characters at most; other tools write longer names, which
	 * load up to the {@value Sheet#LONGEST_NAME} a finding or fact keeps of them.
	 */
	private static Workbook withNamesExcelCouldSave(Workbook workbook, String file) {
		for (Sheet sheet : workbook.sheets()) {
			if (sheet.name().length() > Sheet.LONGEST_NAME) {
				workbook.close();
				throw WorkbookFailures.sheetNameTooLong(file, sheet.name());
			}
		}
		return workbook;
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

	private Workbook openOoxml(Path path, String file, WorkbookLimits limits, BooleanSupplier stopRequested)
			throws Exception {
		ZipDirectory.check(path, file, limits);
		OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
		try {
			OoxmlPackageCheck.check(pkg, file, limits, stopRequested);
			return this == USERMODEL ? new PoiUsermodelWorkbook(file, new XSSFWorkbook(pkg), stopRequested)
					: new StreamingXlsxWorkbook(file, pkg, stopRequested);
		}
		catch (Exception | Error failure) {
			pkg.revert();
			throw failure;
		}
	}

	/**
	 * An encrypted .xlsx is an OLE2 container holding an {@code EncryptionInfo} stream,
	 * not a workbook. HSSF reads an .xls whole, so its size is limited before it opens.
	 */
	private static Workbook openOle2(Path path, String file, WorkbookLimits limits, BooleanSupplier stopRequested)
			throws IOException {
		if (Files.size(path) > limits.xlsSize()) {
			throw WorkbookFailures.xlsTooLarge(file, Files.size(path), limits);
		}
		POIFSFileSystem container = new POIFSFileSystem(path.toFile(), true);
		try {
			DirectoryNode root = container.getRoot();
			if (root.hasEntry("EncryptionInfo")) {
				throw WorkbookFailures.encrypted(file);
			}
			if (BIFF_ENTRIES.stream().noneMatch(root::hasEntry)) {
				throw WorkbookFailures.notAWorkbook(file);
			}
			return new PoiUsermodelWorkbook(file, new HSSFWorkbook(container, true), stopRequested);
		}
		catch (IOException | RuntimeException | Error failure) {
			IOUtils.closeQuietly(container);
			throw failure;
		}
	}

}
