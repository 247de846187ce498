package org.joinedup.report.style;

/** How a value is shown. */
public enum CellFormat {

	TEXT("General"), MONEY("\"£\"#,##0"), COUNT("#,##0"), RATE("#,##0.0"), PERCENT("0.0%"),
	DATE_TIME("yyyy-mm-dd hh:mm");

	private final String excelFormat;

	CellFormat(String excelFormat) {
		this.excelFormat = excelFormat;
	}

	public String excelFormat() {
		return excelFormat;
	}

}
