package org.joinedup.samples.bcf;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the template, created once per workbook. */
final class Styles {

	final CellStyle title;

	final CellStyle header;

	final CellStyle count;

	final CellStyle money;

	final CellStyle percent;

	final CellStyle date;

	final CellStyle input;

	final CellStyle wrap;

	Styles(Workbook wb) {
		Font bold = wb.createFont();
		bold.setBold(true);
		Font big = wb.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = wb.createCellStyle();
		title.setFont(big);
		header = wb.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		count = numeric(wb, "#,##0");
		money = numeric(wb, "\u00a3#,##0");
		percent = numeric(wb, "0.0%");
		date = numeric(wb, "dd/mm/yyyy");
		input = wb.createCellStyle();
		input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		input.setBorderBottom(BorderStyle.THIN);
		input.setBorderTop(BorderStyle.THIN);
		input.setBorderLeft(BorderStyle.THIN);
		input.setBorderRight(BorderStyle.THIN);
		wrap = wb.createCellStyle();
		wrap.setWrapText(true);
	}

	private static CellStyle numeric(Workbook wb, String format) {
		CellStyle s = wb.createCellStyle();
		s.setDataFormat(wb.createDataFormat().getFormat(format));
		return s;
	}

}
