package org.joinedup.report.style;

/**
 * How a value is shown. Negative money, counts and rates are in brackets, e.g. (£1,234);
 * a month is a date cell (the first of the month) shown as "Apr 2016", so that it sorts
 * and filters as a date.
 */
public enum CellFormat {

	TEXT("General"), MONEY("\"£\"#,##0;(\"£\"#,##0)"), COUNT("#,##0;(#,##0)"), RATE("#,##0.0;(#,##0.0)"),
	PERCENT("0.0%"), DATE_TIME("yyyy-mm-dd hh:mm"), MONTH("mmm yyyy");

	private final String excelFormat;

	CellFormat(String excelFormat) {
		this.excelFormat = excelFormat;
	}

	public String excelFormat() {
		return excelFormat;
	}

}
