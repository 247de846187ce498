package org.joinedup.samples.bcf;

import static org.joinedup.samples.bcf.CellWriter.cell;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What the sheet writers share while one return is laid out, and the template's common
 * touches.
 */
record WriteContext(BcfReturn ret, Layout layout, Workbook wb, Styles styles, CellWriter values, CellMap map) {

	static WriteContext of(BcfReturn ret, Layout layout, Workbook wb) {
		Styles styles = new Styles(wb);
		return new WriteContext(ret, layout, wb, styles, new CellWriter(layout, styles), new CellMap());
	}

	/**
	 * Creates template sheet {@code index} (0 = Cover) under the layout's naming style,
	 * for a role.
	 */
	Sheet sheet(int index, String role) {
		String name = SheetNames.name(layout.sheets, index);
		map.sheet(role, name);
		return wb.createSheet(name);
	}

	/** A title across columns A to {@code lastCol}, merged. */
	void title(Sheet s, int row, String text, int lastCol) {
		Cell c = cell(s, row, 0);
		c.setCellValue(text);
		c.setCellStyle(styles.title);
		s.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
	}

	void header(Sheet s, int row, String[] names) {
		for (int c = 0; c < names.length; c++) {
			Cell hc = cell(s, row, c);
			hc.setCellValue(names[c]);
			hc.setCellStyle(styles.header);
		}
	}

	/**
	 * The template's formatted input rows below a table, left empty, when the layout has
	 * them.
	 */
	void trailingRows(Sheet s, int from, int lastCol) {
		if (layout.styledEmptyRows) {
			for (int r = from + 1; r < from + 12; r++) {
				styledEmpty(s, r, 0, lastCol);
			}
		}
	}

	void styledEmpty(Sheet s, int row, int firstCol, int lastCol) {
		for (int c = firstCol; c <= lastCol; c++) {
			cell(s, row, c).setCellStyle(styles.input);
		}
	}

	static void widths(Sheet s, int cols, int chars) {
		for (int c = 0; c < cols; c++) {
			s.setColumnWidth(c, chars * 256);
		}
	}
}
