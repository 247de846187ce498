package org.joinedup.app.testing;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads workbooks back as a viewer that does not recalculate sees them: stored values only. */
public final class Workbooks {

	private Workbooks() {
	}

	public static XSSFWorkbook open(Path file) throws IOException {
		try {
			return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
		}
		catch (InvalidFormatException e) {
			throw new IOException(file + " is not a workbook", e);
		}
	}

	/** The stored value of a workbook-scope named cell. */
	public static Cell named(XSSFWorkbook workbook, String name) {
		Name defined = workbook.getName(name);
		if (defined == null) {
			throw new AssertionError("no named cell " + name);
		}
		CellReference ref = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion())
			.getFirstCell();
		return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
	}
}
