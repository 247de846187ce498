package org.joinedup.transform.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * NHS England's published monthly activity workbooks (samples/real/other), and copies of
 * them altered with POI as a submitter's mistakes would alter them.
 */
final class RealActivityFiles {

	static final Path OCTOBER_2016 = real("MAR_Oct_16.xls");

	static final Path OCTOBER_2013 = real("MAR_Oct_13.xls");

	private RealActivityFiles() {
	}

	private static Path real(String name) {
		return Path.of("..", "samples", "real", "other", name).toAbsolutePath().normalize();
	}

	/** A copy of {@code original} in {@code dir}, its Commissioner sheet changed. */
	static Path altered(Path original, Path dir, String name, Consumer<Sheet> change) throws IOException {
		Path copy = dir.resolve(name);
		try (InputStream in = Files.newInputStream(original);
				HSSFWorkbook workbook = new HSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(copy)) {
			change.accept(workbook.getSheet("Commissioner"));
			workbook.write(out);
		}
		return copy;
	}

	/** Sets a cell, e.g. {@code O18}, to a number or text. */
	static Consumer<Sheet> set(String reference, Object value) {
		return sheet -> {
			CellReference at = new CellReference(reference);
			Cell cell = sheet.getRow(at.getRow()).getCell(at.getCol());
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue((String) value);
			}
		};
	}

}
