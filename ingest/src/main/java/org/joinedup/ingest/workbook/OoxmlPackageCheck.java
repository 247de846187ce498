package org.joinedup.ingest.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.util.XMLHelper;

/**
 * Judges an .xlsx whole before either engine reads it, so that a file gets the same
 * finding whichever engine reads it and whichever sheets its reader asks for: the
 * usermodel meets a fault anywhere in the package as it loads, the streaming engine only
 * in the parts it reads. The main part must be a spreadsheet in XML, every part must
 * inflate within {@link ZipLimits} and the {@link WorkbookLimits} (what its directory
 * declares, then what it really unzips to, counted as it is read), and every XML part
 * must be well-formed.
 */
final class OoxmlPackageCheck {

	/** Workbooks, templates and macro-enabled workbooks; not the binary .xlsb. */
	private static final Pattern SPREADSHEET_MAIN_PART = Pattern
		.compile("application/vnd\\.(openxmlformats-officedocument\\.spreadsheetml|ms-excel)\\..*main\\+xml");

	private static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

	private final OPCPackage pkg;

	private final String file;

	private final WorkbookLimits limits;

	private final BooleanSupplier stopRequested;

	private final Map<PackagePartName, String> sheetNames = new HashMap<>();

	private long unzipped;

	private OoxmlPackageCheck(OPCPackage pkg, String file, WorkbookLimits limits, BooleanSupplier stopRequested) {
		this.pkg = pkg;
		this.file = file;
		this.limits = limits;
		this.stopRequested = stopRequested;
	}

	/**
	 * @throws ReadingStopped once {@code stopRequested} holds: a large workbook takes a
	 * while to unzip whole
	 */
	static void check(OPCPackage pkg, String file, WorkbookLimits limits, BooleanSupplier stopRequested)
			throws Exception {
		new OoxmlPackageCheck(pkg, file, limits, stopRequested).check();
	}

	private void check() throws Exception {
		PackagePart main = spreadsheet();
		nameSheets(main);
		long declared = 0;
		for (PackagePart part : pkg.getParts()) {
			if (part instanceof ZipPackagePart zipPart && zipPart.getSize() > 0) {
				if (ZipLimits.inflatesTooFar(zipPart.getZipArchive())) {
					throw WorkbookFailures.zipBomb(file, "ratio", null);
				}
				if (zipPart.getSize() > limitOf(part)) {
					throw WorkbookFailures.partTooLarge(file, describe(part), zipPart.getSize(), limitOf(part));
				}
				declared += zipPart.getSize();
			}
		}
		if (declared > limits.workbookSize()) {
			throw WorkbookFailures.workbookTooLarge(file, declared, limits);
		}
		XMLInputFactory xmlFactory = XMLHelper.newXMLInputFactory();
		for (PackagePart part : pkg.getParts()) {
			// the others, such as the core properties, the package itself parsed as it
			// opened
			if (!(part instanceof ZipPackagePart)) {
				continue;
			}
			try (InputStream in = new Counted(part.getInputStream(), part)) {
				if (part.getContentType().endsWith("xml")) {
					readToEnd(xmlFactory.createXMLStreamReader(in));
				}
				else {
					in.transferTo(OutputStream.nullOutputStream());
				}
			}
		}
	}

	/**
	 * A Word or PowerPoint file is OOXML too, and an .xlsb keeps binary parts this reader
	 * cannot read: the package's main part must be a spreadsheet in XML.
	 */
	private PackagePart spreadsheet() throws InvalidFormatException {
		PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
			.getRelationship(0);
		PackagePart part = main == null ? null : pkg.getPart(main);
		if (part == null || !SPREADSHEET_MAIN_PART.matcher(part.getContentType()).matches()) {
			throw WorkbookFailures.notAWorkbook(file);
		}
		return part;
	}

	/**
	 * Which part holds which sheet, so that a finding names the sheet as Excel shows it.
	 */
	private void nameSheets(PackagePart main) throws Exception {
		if (main.getSize() > limits.sheetSize()) {
			return; // refused below, by its size
		}
		WorkbookXml workbookXml;
		try (InputStream in = main.getInputStream()) {
			workbookXml = WorkbookXml.read(in);
		}
		for (WorkbookXml.SheetEntry sheet : workbookXml.sheets()) {
			PackageRelationship relationship = sheet.relationshipId() == null ? null
					: main.getRelationship(sheet.relationshipId());
			if (relationship != null) {
				sheetNames.put(PackagingURIHelper.createPartName(
						PackagingURIHelper.resolvePartUri(main.getPartName().getURI(), relationship.getTargetURI())),
						sheet.name());
			}
		}
	}

	private long limitOf(PackagePart part) {
		return SHARED_STRINGS.equals(part.getContentType()) ? limits.sharedStringsSize() : limits.sheetSize();
	}

	private String describe(PackagePart part) {
		String sheet = sheetNames.get(part.getPartName());
		if (sheet != null) {
			return "its sheet '" + sheet + "'";
		}
		if (SHARED_STRINGS.equals(part.getContentType())) {
			return "the table of texts its cells share (xl/sharedStrings.xml)";
		}
		return "its part '" + part.getPartName().getName().substring(1) + "'";
	}

	private static void readToEnd(XMLStreamReader xml) throws XMLStreamException {
		try {
			while (xml.hasNext()) {
				xml.next();
			}
		}
		finally {
			xml.close();
		}
	}

	/**
	 * A part's bytes as they unzip, refused past its limit or the workbook's, whatever
	 * the zip's directory declared.
	 */
	private final class Counted extends FilterInputStream {

		private final PackagePart part;

		private long count;

		Counted(InputStream in, PackagePart part) {
			super(in);
			this.part = part;
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			counted(read < 0 ? 0 : 1);
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			counted(Math.max(read, 0));
			return read;
		}

		private void counted(int bytes) {
			if (stopRequested.getAsBoolean()) {
				throw new ReadingStopped(file);
			}
			count += bytes;
			unzipped += bytes;
			if (count > limitOf(part)) {
				throw WorkbookFailures.partTooLarge(file, describe(part), -1, limitOf(part));
			}
			if (unzipped > limits.workbookSize()) {
				throw WorkbookFailures.workbookTooLarge(file, -1, limits);
			}
		}

	}

}
