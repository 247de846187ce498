package org.joinedup.app.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads workbooks back as a viewer that does not recalculate sees them: stored values
 * only.
 */
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

	/**
	 * The rows of an Excel table, each by header: text as text, numbers as doubles,
	 * blanks as null.
	 */
	public static List<Map<String, Object>> table(XSSFWorkbook workbook, String sheetName, String tableName) {
		XSSFSheet sheet = workbook.getSheet(sheetName);
		XSSFTable table = sheet.getTables()
			.stream()
			.filter(t -> t.getName().equals(tableName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table " + tableName + " on " + sheetName));
		int headerRow = table.getStartRowIndex();
		int first = table.getStartColIndex();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int r = headerRow + 1; r <= table.getEndRowIndex() - table.getTotalsRowCount(); r++) {
			Map<String, Object> row = new LinkedHashMap<>();
			for (int c = first; c <= table.getEndColIndex(); c++) {
				Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
				row.put(sheet.getRow(headerRow).getCell(c).getStringCellValue(), valueOf(cell));
			}
			rows.add(row);
		}
		return rows;
	}

	private static Object valueOf(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> cell.getNumericCellValue();
			case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
			default -> null;
		};
	}

}
