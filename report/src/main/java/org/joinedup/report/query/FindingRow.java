package org.joinedup.report.query;

/** A finding (error or warning) raised on a received file. */
public record FindingRow(String fileName, String level, String severity, String sheet, Integer rowNumber,
		String columnName, String cellValue, String rule, String message) {
}
