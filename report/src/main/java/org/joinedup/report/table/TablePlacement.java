package org.joinedup.report.table;

import java.util.List;

import org.apache.poi.ss.util.CellReference;

/**
 * Where a table landed: its header row, first column and last data row (0-based), its
 * columns' headers, and whether a totals row follows the data.
 */
public record TablePlacement(int headerRow, int firstColumn, int lastDataRow, List<String> headers, boolean hasTotals) {

	public int firstDataRow() {
		return headerRow + 1;
	}

	/** The table's last row: its totals row if it has one, else its last data row. */
	public int lastRow() {
		return hasTotals ? lastDataRow + 1 : lastDataRow;
	}

	/** The totals row (0-based); only for a table that has one. */
	public int totalsRow() {
		if (!hasTotals) {
			throw new IllegalStateException("the table has no totals row");
		}
		return lastDataRow + 1;
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
