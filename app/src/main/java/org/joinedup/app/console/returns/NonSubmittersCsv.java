package org.joinedup.app.console.returns;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.joinedup.report.query.ReturnLine;

/** The non-submitters of a quarter as CSV, for a collection owner to chase. */
final class NonSubmittersCsv {

	private NonSubmittersCsv() {
	}

	static String of(List<ReturnLine> nonSubmitters) {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv,
				CSVFormat.DEFAULT.builder().setHeader("Area code", "Area name", "Return type", "Status").get())) {
			for (ReturnLine line : nonSubmitters) {
				printer.printRecord(line.code(), spreadsheetSafe(line.name()), line.returnType(), line.status());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return csv.toString();
	}

	/**
	 * A name as text even when a spreadsheet opens the file: one starting like a formula
	 * gets a leading apostrophe.
	 */
	private static String spreadsheetSafe(String text) {
		return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
