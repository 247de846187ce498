package org.joinedup.samples.bcf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.joinedup.samples.bcf.Layout.Numbers;

/**
 * Writes values into cells the way the layout says: numeric cells or one of the tolerated
 * text forms.
 */
final class CellWriter {

	private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

	private final Layout layout;

	private final Styles styles;

	CellWriter(Layout layout, Styles styles) {
		this.layout = layout;
		this.styles = styles;
	}

	static Cell cell(Sheet sheet, int row, int col) {
		Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
		return r.getCell(col) != null ? r.getCell(col) : r.createCell(col);
	}

	static void text(Sheet sheet, int row, int col, String value) {
		if (value != null && !value.isEmpty()) {
			cell(sheet, row, col).setCellValue(value);
		}
	}

	void count(Cell c, Long v) {
		if (v == null) {
			notReported(c);
			return;
		}
		switch (layout.numbers) {
			case TEXT -> c.setCellValue(Long.toString(v));
			case COMMAS -> c.setCellValue(grouped(v));
			case SPACES -> c.setCellValue(" " + v + " ");
			default -> numeric(c, v, styles.count);
		}
	}

	void money(Cell c, Long v) {
		if (v == null) {
			notReported(c);
			return;
		}
		switch (layout.numbers) {
			case TEXT -> c.setCellValue(Long.toString(v));
			case COMMAS -> c.setCellValue(grouped(v));
			case POUNDS -> c.setCellValue("\u00a3" + grouped(v));
			case SPACES -> c.setCellValue(" \u00a3" + v + " ");
			default -> numeric(c, v, styles.money);
		}
	}

	void proportion(Cell c, Double v) {
		if (v == null) {
			notReported(c);
		}
		else if (layout.percentText) {
			c.setCellValue(new DecimalFormat("0.#", UK).format(v * 100) + "%");
		}
		else {
			c.setCellValue(v);
			c.setCellStyle(styles.percent);
		}
	}

	void notReported(Cell c) {
		if (!layout.notReported.isEmpty()) {
			c.setCellValue(layout.notReported);
		}
	}

	/**
	 * True when money is written as numeric cells, so that SUM formulas over it work in
	 * Excel.
	 */
	boolean numericMoney() {
		return layout.numbers == Numbers.NUMERIC;
	}

	private static void numeric(Cell c, long v, org.apache.poi.ss.usermodel.CellStyle style) {
		c.setCellValue((double) v);
		c.setCellStyle(style);
	}

	private static String grouped(long v) {
		return new DecimalFormat("#,##0", UK).format(v);
	}

}
