package org.joinedup.ingest.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx part by part straight into its zip, as a streaming writer does, so that
 * tests can make workbooks of hundreds of megabytes quickly, and hostile ones no
 * spreadsheet library would write. Sheets are written one at a time, each as the XML of
 * its rows ({@code <row>...</row>}, inside {@code <sheetData>}).
 */
public final class RawXlsx implements AutoCloseable {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final ZipOutputStream zip;

	private final List<String> sheetNames = new ArrayList<>();

	private boolean sharedStrings;

	public RawXlsx(Path file) throws IOException {
		this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
		// hundreds of megabytes are written in seconds; they still compress as real data
		// does
		zip.setLevel(Deflater.BEST_SPEED);
	}

	/** A sheet, its rows' XML written by {@code rows}. */
	public RawXlsx sheet(String name, RowsWriter rows) throws IOException {
		sheetNames.add(name);
		zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheetNames.size() + ".xml"));
		Writer xml = writer();
		xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
				+ "\"><sheetData>");
		rows.write(xml);
		xml.write("</sheetData></worksheet>");
		xml.flush();
		zip.closeEntry();
		return this;
	}

	/** The shared strings table, its {@code <si>} items written by {@code items}. */
	public RawXlsx sharedStrings(RowsWriter items) throws IOException {
		sharedStrings = true;
		zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
		Writer xml = writer();
		xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\">");
		items.write(xml);
		xml.write("</sst>");
		xml.flush();
		zip.closeEntry();
		return this;
	}

	@Override
	public void close() throws IOException {
		StringBuilder types = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/xl/workbook.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
		StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
				+ "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
		StringBuilder relationships = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
						+ "http://schemas.openxmlformats.org/package/2006/relationships\">");
		for (int index = 1; index <= sheetNames.size(); index++) {
			types.append("<Override PartName=\"/xl/worksheets/sheet")
				.append(index)
				.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
			workbook.append("<sheet name=\"")
				.append(sheetNames.get(index - 1))
				.append("\" sheetId=\"")
				.append(index)
				.append("\" r:id=\"rId")
				.append(index)
				.append("\"/>");
			relationships.append("<Relationship Id=\"rId")
				.append(index)
				.append("\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet")
				.append(index)
				.append(".xml\"/>");
		}
		if (sharedStrings) {
			types.append("<Override PartName=\"/xl/sharedStrings.xml\" "
					+ "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
			relationships.append("<Relationship Id=\"rIdStrings\" Type=\"" + RELATIONSHIPS
					+ "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
		}
		entry("[Content_Types].xml", types.append("</Types>").toString());
		entry("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
				Target="xl/workbook.xml"/></Relationships>""");
		entry("xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
		entry("xl/_rels/workbook.xml.rels", relationships.append("</Relationships>").toString());
		zip.close();
	}

	private void entry(String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** A writer into the current entry that leaves the zip open when flushed. */
	private Writer writer() {
		return new OutputStreamWriter(new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				zip.write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				zip.write(bytes, offset, length);
			}
		}, StandardCharsets.UTF_8);
	}

	/** Writes XML into a part. */
	@FunctionalInterface
	public interface RowsWriter {

		void write(Writer xml) throws IOException;

	}

	/**
	 * Pseudo-random digits, so that a large part compresses as real data does (about
	 * 6:1).
	 */
	public static String digits(Random random, int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int index = 0; index < count; index++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

}
