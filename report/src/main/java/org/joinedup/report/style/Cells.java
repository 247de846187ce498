package org.joinedup.report.style;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes values into cells. Text is always written as a string, so text from a return
 * never becomes a formula.
 */
public final class Cells {

	public static Cell put(Sheet sheet, int rowIndex, int columnIndex, Object value) {
		Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
		Cell cell = row.getCell(columnIndex) == null ? row.createCell(columnIndex) : row.getCell(columnIndex);
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof BigDecimal decimal) {
			cell.setCellValue(decimal.doubleValue());
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDateTime dateTime) {
			cell.setCellValue(dateTime);
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else {
			cell.setCellValue(value.toString());
		}
		return cell;
	}

	/**
	 * Sets a formula (plain A1 references, no leading '='); its value is cached when the
	 * workbook is evaluated.
	 */
	public static Cell formula(Sheet sheet, int rowIndex, int columnIndex, String formula) {
		Cell cell = put(sheet, rowIndex, columnIndex, null);
		cell.setCellFormula(formula);
		return cell;
	}

	private Cells() {
	}

}
