package org.joinedup.samples.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV text with LF line ends, as bytes (UTF-8). */
public final class Csv {

	private Csv() {
	}

	/** {@code header} null for a headerless file. */
	public static byte[] of(String[] header, List<? extends List<?>> records) {
		StringWriter out = new StringWriter();
		CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n");
		if (header != null) {
			format.setHeader(header);
		}
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
