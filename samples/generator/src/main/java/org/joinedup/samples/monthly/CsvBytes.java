package org.joinedup.samples.monthly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an extract's title lines, header and rows as CSV bytes in a {@link CsvLayout}.
 */
public final class CsvBytes {

	public static final String EXTRA_COLUMN = "Notes";

	private CsvBytes() {
	}

	public static byte[] write(CsvLayout layout, List<String> header, List<List<String>> rows) {
		String eol = layout.crlf() ? "\r\n" : "\n";
		StringBuilder text = new StringBuilder();
		if (layout.encoding() == CsvLayout.Encoding.UTF8_BOM) {
			text.append('\uFEFF');
		}
		for (String title : layout.titleLines()) {
			text.append(line(List.of(title), layout, eol));
		}
		if (layout.blankLines()) {
			text.append(eol);
		}
		text.append(line(withExtra(header, EXTRA_COLUMN, layout), layout, eol));
		for (int i = 0; i < rows.size(); i++) {
			if (layout.blankLines() && i == rows.size() / 2) {
				text.append(eol);
			}
			text.append(line(withExtra(rows.get(i), "", layout), layout, eol));
		}
		Charset charset = layout.encoding() == CsvLayout.Encoding.WINDOWS_1252 ? Charset.forName("windows-1252")
				: StandardCharsets.UTF_8;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(text.toString().getBytes(charset));
		return out.toByteArray();
	}

	/**
	 * The unknown column goes third, so that readers must find the known ones by header,
	 * not by position.
	 */
	private static List<String> withExtra(List<String> fields, String extra, CsvLayout layout) {
		if (!layout.extraColumn()) {
			return fields;
		}
		List<String> all = new ArrayList<>(fields);
		all.add(2, extra);
		return all;
	}

	private static String line(List<String> fields, CsvLayout layout, String eol) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
			printer.printRecord(fields);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out + (layout.trailingEmptyColumns() ? ",," : "") + eol;
	}

}
