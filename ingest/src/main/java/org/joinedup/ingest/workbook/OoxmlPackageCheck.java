package org.joinedup.ingest.workbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.util.XMLHelper;

/**
 * Judges an .xlsx whole before either engine reads it, so that a file gets the same
 * finding whichever engine reads it and whichever sheets its reader asks for: the
 * usermodel meets a fault anywhere in the package as it loads, the streaming engine only
 * in the parts it reads. The main part must be a spreadsheet in XML, every part must
 * inflate within {@link ZipLimits}, and every XML part must be well-formed.
 */
final class OoxmlPackageCheck {

	/** Workbooks, templates and macro-enabled workbooks; not the binary .xlsb. */
	private static final Pattern SPREADSHEET_MAIN_PART = Pattern
		.compile("application/vnd\\.(openxmlformats-officedocument\\.spreadsheetml|ms-excel)\\..*main\\+xml");

	private OoxmlPackageCheck() {
	}

	static void check(OPCPackage pkg, String file) throws Exception {
		checkSpreadsheet(pkg, file);
		XMLInputFactory xmlFactory = XMLHelper.newXMLInputFactory();
		for (PackagePart part : pkg.getParts()) {
			// the others, such as the core properties, the package itself parsed as it
			// opened
			if (!(part instanceof ZipPackagePart)) {
				continue;
			}
			try (InputStream in = part.getInputStream()) {
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
	private static void checkSpreadsheet(OPCPackage pkg, String file) throws InvalidFormatException {
		PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
			.getRelationship(0);
		String contentType = main == null || pkg.getPart(main) == null ? "" : pkg.getPart(main).getContentType();
		if (!SPREADSHEET_MAIN_PART.matcher(contentType).matches()) {
			throw WorkbookFailures.notAWorkbook(file);
		}
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

}
