package org.joinedup.ingest.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;

/**
 * One row of a sheet with its cell values: {@link String}, {@link Double},
 * {@link java.time.LocalDate} (a number with a date format), {@link Boolean}, or null for
 * a blank or white-space-only cell. A formula gives its cached value, or null when the
 * file stores none; an error gives its text, such as {@code #DIV/0!}. Columns are 0-based
 * here; provenance carries the 1-based row number and the column letter.
 */
public final class Row {

	private final String file;

	private final String sheet;

	private final int number;

	private final Object[] values;

	Row(String file, String sheet, int number, Object[] values) {
		this.file = file;
		this.sheet = sheet;
		this.number = number;
		this.values = trimTrailingBlanks(values);
	}

	static Row blank(String file, String sheet, int number) {
		return new Row(file, sheet, number, new Object[0]);
	}

	/** The 1-based row number, as Excel shows it. */
	public int number() {
		return number;
	}

	/** The value in a 0-based column, blank (null value) beyond the last filled cell. */
	public SourceValue cell(int column) {
		Object value = column < values.length ? values[column] : null;
		return new SourceValue(value, at(column));
	}

	/** Where this row is, with no column. */
	public Provenance at() {
		return new Provenance(file, sheet, number, null);
	}

	/** Where a 0-based column of this row is. */
	public Provenance at(int column) {
		return new Provenance(file, sheet, number, CellReference.convertNumToColString(column));
	}

	/** One past the last non-blank column. */
	public int width() {
		return values.length;
	}

	public boolean isBlank() {
		return values.length == 0;
	}

	/** All cells up to the last non-blank one. */
	public List<SourceValue> cells() {
		List<SourceValue> cells = new ArrayList<>(values.length);
		for (int column = 0; column < values.length; column++) {
			cells.add(cell(column));
		}
		return cells;
	}

	private static Object[] trimTrailingBlanks(Object[] values) {
		int width = values.length;
		while (width > 0 && isBlank(values[width - 1])) {
			width--;
		}
		Object[] trimmed = Arrays.copyOf(values, width);
		for (int column = 0; column < width; column++) {
			if (isBlank(trimmed[column])) {
				trimmed[column] = null;
			}
		}
		return trimmed;
	}

	private static boolean isBlank(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

}
