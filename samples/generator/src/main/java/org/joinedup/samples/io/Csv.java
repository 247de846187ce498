package org.joinedup.samples.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** CSV text with LF line ends, as bytes (UTF-8). */
public final class Csv {

	private Csv() {
	}

	/** {@code header} null for a headerless file. */
	public static byte[] of(String[] header, List<? extends List<?>> records) {
		CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n");
		if (header != null) {
			format.setHeader(header);
		}
		return print(format, records);
	}

	/** A headerless file with every field double-quoted, empty ones too. */
	public static byte[] everyFieldQuoted(List<? extends List<?>> records) {
		return print(CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setQuoteMode(QuoteMode.ALL), records);
	}

	private static byte[] print(CSVFormat.Builder format, List<? extends List<?>> records) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, format.get())) {
			for (List<?> record : records) {
				printer.printRecord(record);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
