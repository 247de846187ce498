package org.joinedup.report.table;

import java.util.List;

import org.apache.poi.ss.util.CellReference;

/**
 * Where a table landed: its header row, first column and last row (0-based), and its
 * columns' headers.
 */
public record TablePlacement(int headerRow, int firstColumn, int lastRow, List<String> headers) {

	public int firstDataRow() {
		return headerRow + 1;
	}

	/** The first column of a table placed beside this one, one empty column apart. */
	public int columnBesideWithGap() {
		return firstColumn + headers.size() + 1;
	}

	public int columnIndex(String header) {
		int i = headers.indexOf(header);
		if (i < 0) {
			throw new IllegalArgumentException("no column " + header + " in " + headers);
		}
		return firstColumn + i;
	}

	public String columnLetter(String header) {
		return CellReference.convertNumToColString(columnIndex(header));
	}
}
