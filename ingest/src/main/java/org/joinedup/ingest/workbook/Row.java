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

	/** The non-blank cells' 0-based columns, ascending: a row costs its filled cells. */
	private final int[] columns;

	private final Object[] values;

	private Row(String file, String sheet, int number, int[] columns, Object[] values) {
		this.file = file;
		this.sheet = sheet;
		this.number = number;
		this.columns = columns;
		this.values = values;
	}

	static Row blank(String file, String sheet, int number) {
		return new Row(file, sheet, number, new int[0], new Object[0]);
	}

	/** The 1-based row number, as Excel shows it. */
	public int number() {
		return number;
	}

	/** The value in a 0-based column, blank (null value) beyond the last filled cell. */
	public SourceValue cell(int column) {
		int index = Arrays.binarySearch(columns, column);
		return new SourceValue(index < 0 ? null : values[index], at(column));
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
		return columns.length == 0 ? 0 : columns[columns.length - 1] + 1;
	}

	public boolean isBlank() {
		return columns.length == 0;
	}

	/** All cells up to the last non-blank one. */
	public List<SourceValue> cells() {
		List<SourceValue> cells = new ArrayList<>(width());
		for (int column = 0; column < width(); column++) {
			cells.add(cell(column));
		}
		return cells;
	}

	private static boolean isBlank(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

	/**
	 * A row's cells as they are read, in any order; a blank or white-space-only value is
	 * left out, and a column given twice keeps its last value.
	 */
	static final class Cells {

		private int[] columns = new int[8];

		private Object[] values = new Object[8];

		private int size;

		private boolean ascending = true;

		void put(int column, Object value) {
			if (size == columns.length) {
				columns = Arrays.copyOf(columns, size * 2);
				values = Arrays.copyOf(values, size * 2);
			}
			ascending &= size == 0 || columns[size - 1] < column;
			columns[size] = column;
			values[size] = value;
			size++;
		}

		Row toRow(String file, String sheet, int number) {
			Integer[] order = new Integer[size];
			for (int index = 0; index < size; index++) {
				order[index] = index;
			}
			if (!ascending) {
				// stable: of a column given twice, the later stays later
				Arrays.sort(order, (first, second) -> Integer.compare(columns[first], columns[second]));
			}
			int[] keptColumns = new int[size];
			Object[] keptValues = new Object[size];
			int kept = 0;
			for (int at = 0; at < size; at++) {
				int index = order[at];
				boolean lastOfColumn = at + 1 == size || columns[order[at + 1]] != columns[index];
				if (lastOfColumn && !isBlank(values[index])) {
					keptColumns[kept] = columns[index];
					keptValues[kept] = values[index];
					kept++;
				}
			}
			return new Row(file, sheet, number, Arrays.copyOf(keptColumns, kept), Arrays.copyOf(keptValues, kept));
		}

	}

}
