package org.joinedup.ingest.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes real workbooks for tests, in either file format. */
public final class WorkbookFiles {

	public enum Format {

		XLSX, XLS

	}

	private WorkbookFiles() {
	}

	public static Path write(Path file, Format format, Consumer<Workbook> content) throws IOException {
		try (Workbook workbook = format == Format.XLS ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			content.accept(workbook);
			workbook.write(out);
		}
		return file;
	}

	/**
	 * Sets a cell by 1-based row and 0-based column: a String, Number, Boolean or null
	 * (blank).
	 */
	public static Cell set(Sheet sheet, int rowNumber, int column, Object value) {
		Row row = sheet.getRow(rowNumber - 1) == null ? sheet.createRow(rowNumber - 1) : sheet.getRow(rowNumber - 1);
		Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
		}
		return cell;
	}

	/** Fills a row from column A. */
	public static void row(Sheet sheet, int rowNumber, Object... values) {
		for (int column = 0; column < values.length; column++) {
			if (values[column] != null) {
				set(sheet, rowNumber, column, values[column]);
			}
		}
	}

}
