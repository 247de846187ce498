package org.joinedup.samples;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What a workbook says, as comparable text: every sheet with its visibility and every
 * cell with its type, value and formula. A file POI cannot open is described by the
 * exception class it raises.
 */
final class WorkbookContent {

	static final String PASSWORD = "joinedup";

	private WorkbookContent() {
	}

	static List<String> of(byte[] bytes) {
		List<String> out = new ArrayList<>();
		try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes), PASSWORD)) {
			for (int i = 0; i < wb.getNumberOfSheets(); i++) {
				Sheet s = wb.getSheetAt(i);
				out.add("sheet " + s.getSheetName() + " " + wb.getSheetVisibility(i) + " merged "
						+ s.getMergedRegions());
				for (Row r : s) {
					for (Cell c : r) {
						out.add(s.getSheetName() + "!" + c.getAddress() + " " + describe(c));
					}
				}
			}
		}
		catch (Exception e) {
			out.add("unreadable: " + e.getClass().getName());
		}
		return out;
	}

	private static String describe(Cell c) {
		return switch (c.getCellType()) {
			case FORMULA -> "=" + c.getCellFormula() + " cached " + c.getCachedFormulaResultType() + " "
					+ (c.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
							? c.getNumericCellValue() : c.getStringCellValue());
			case NUMERIC -> "n " + c.getNumericCellValue() + " fmt " + c.getCellStyle().getDataFormatString();
			case STRING -> "s " + c.getStringCellValue();
			case BOOLEAN -> "b " + c.getBooleanCellValue();
			default -> c.getCellType() + " style " + c.getCellStyle().getIndex();
		};
	}

}
