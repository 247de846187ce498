package org.joinedup.report.style;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles, created once per workbook (Excel limits the number of
 * styles).
 */
public final class ReportStyles {

	private final Map<CellFormat, CellStyle> formats = new EnumMap<>(CellFormat.class);

	private final Map<CellFormat, CellStyle> totals = new EnumMap<>(CellFormat.class);

	private final CellStyle title;

	private final CellStyle subtitle;

	private final CellStyle header;

	private final CellStyle wrapped;

	public ReportStyles(XSSFWorkbook workbook) {
		for (CellFormat format : CellFormat.values()) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(format.excelFormat()));
			style.setVerticalAlignment(VerticalAlignment.TOP);
			formats.put(format, style);
		}
		Font bold = workbook.createFont();
		bold.setBold(true);
		for (CellFormat format : CellFormat.values()) {
			CellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(formats.get(format));
			style.setFont(bold);
			style.setBorderTop(BorderStyle.THIN);
			totals.put(format, style);
		}
		title = styleWithFont(workbook, true, (short) 14);
		subtitle = styleWithFont(workbook, false, (short) 10);
		header = styleWithFont(workbook, true, (short) 11);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.TOP);
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
	}

	public CellStyle of(CellFormat format) {
		return formats.get(format);
	}

	/** As {@link #of}, bold and with a rule above: a table's totals row. */
	public CellStyle total(CellFormat format) {
		return totals.get(format);
	}

	public CellStyle title() {
		return title;
	}

	public CellStyle subtitle() {
		return subtitle;
	}

	public CellStyle header() {
		return header;
	}

	public CellStyle wrapped() {
		return wrapped;
	}

	private static CellStyle styleWithFont(XSSFWorkbook workbook, boolean bold, short points) {
		Font font = workbook.createFont();
		font.setBold(bold);
		font.setFontHeightInPoints(points);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

}
