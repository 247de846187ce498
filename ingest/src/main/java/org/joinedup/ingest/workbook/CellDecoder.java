package org.joinedup.ingest.workbook;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Turns a {@code <c>} element of sheet XML into a value, with the same types the
 * usermodel engine gives: a number whose style has a date format is a date, in the
 * workbook's date system.
 */
final class CellDecoder {

	private final SharedStrings strings;

	private final StylesTable styles;

	private final boolean date1904;

	CellDecoder(SharedStrings strings, StylesTable styles, boolean date1904) {
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/**
	 * @param type the {@code t} attribute (null for a number)
	 * @param style the {@code s} attribute (null for the default style)
	 * @param value the text of {@code <v>}, or of {@code <is>} for an inline string
	 */
	Object decode(String type, String style, String value) {
		if (value == null) {
			return null;
		}
		return switch (type == null ? "n" : type) {
			case "s" -> strings.getItemAt(Integer.parseInt(value.trim())).getString();
			case "inlineStr", "str" -> unescaped(value);
			case "e" -> value;
			case "b" -> "1".equals(value.trim()) || "true".equals(value.trim());
			case "d" -> LocalDate.parse(value.trim().substring(0, 10));
			default -> number(style, value);
		};
	}

	/**
	 * Whether a formula cell of this type and {@code <v>} text stores no result: no
	 * {@code <v>}, or an empty one where only a text result can be empty (Excel writes a
	 * formula whose result is empty text as {@code t="str"} and an empty {@code <v>}).
	 */
	static boolean storesNoResult(String type, String value) {
		return value == null || (value.isEmpty() && !"str".equals(type) && !"inlineStr".equals(type));
	}

	/**
	 * Sheet XML writes a character it cannot hold, such as a carriage return, as
	 * {@code _x000D_}; the shared strings table and the usermodel decode it, so inline
	 * strings and formula text must too.
	 */
	private static String unescaped(String text) {
		return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
	}

	private Object number(String style, String value) {
		if (value.isBlank()) {
			return null;
		}
		double number = Double.parseDouble(value.trim());
		if (style != null && styles != null && isDateFormat(Integer.parseInt(style))
				&& DateUtil.isValidExcelDate(number)) {
			return DateUtil.getLocalDateTime(number, date1904).toLocalDate();
		}
		return number;
	}

	private boolean isDateFormat(int styleIndex) {
		if (styleIndex >= styles.getNumCellStyles()) {
			return false;
		}
		XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
		return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
	}

}
