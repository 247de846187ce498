package org.joinedup.ingest.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a valid .xlsx package around fuzzed XML, so that fuzzing reaches the parsing of
 * a workbook's parts instead of stopping at its zip. The input is the parts' contents
 * separated by NUL bytes (which XML cannot hold), in the order workbook, styles, shared
 * strings, then up to {@value #MAX_SHEETS} sheets; what the package adds around them
 * (content types, relationships) is always valid. The workbook's relationships are
 * {@code rId1}, {@code rId2}... for the sheets in order, {@code rIdStyles} and
 * {@code rIdStrings}. An empty styles, shared strings or sheet part is left out. Entries
 * are stored, not deflated, so that repetitive fuzzed XML is not taken for a zip bomb.
 */
public final class XlsxParts {

	public static final int MAX_SHEETS = 8;

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

	private XlsxParts() {
	}

	public static byte[] zip(byte[] input) {
		List<byte[]> parts = split(input);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		StringBuilder types = new StringBuilder(
				"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
						+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
		StringBuilder relationships = new StringBuilder(
				"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
		add(entries, types, "xl/workbook.xml", part(parts, 0), "sheet.main+xml", true);
		if (add(entries, types, "xl/styles.xml", part(parts, 1), "styles+xml", false)) {
			relationships.append(relationship("rIdStyles", "styles", "styles.xml"));
		}
		if (add(entries, types, "xl/sharedStrings.xml", part(parts, 2), "sharedStrings+xml", false)) {
			relationships.append(relationship("rIdStrings", "sharedStrings", "sharedStrings.xml"));
		}
		for (int sheet = 1; sheet <= MAX_SHEETS; sheet++) {
			String name = "worksheets/sheet" + sheet + ".xml";
			if (add(entries, types, "xl/" + name, part(parts, 2 + sheet), "worksheet+xml", false)) {
				relationships.append(relationship("rId" + sheet, "worksheet", name));
			}
		}
		entries.put("[Content_Types].xml", utf8(types.append("</Types>")));
		entries.put("_rels/.rels",
				utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>"));
		entries.put("xl/_rels/workbook.xml.rels", utf8(relationships.append("</Relationships>")));
		return stored(entries);
	}

	/** The input a package of these parts is built from, for writing seeds. */
	public static byte[] input(String workbook, String styles, String sharedStrings, String... sheets) {
		List<String> parts = new ArrayList<>(List.of(workbook, styles, sharedStrings));
		parts.addAll(List.of(sheets));
		return utf8(String.join("\0", parts));
	}

	/** A workbook part naming the sheets {@code rId1}, {@code rId2}... in order. */
	public static String workbook(String... sheetNames) {
		StringBuilder xml = new StringBuilder(
				"<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
		for (int sheet = 1; sheet <= sheetNames.length; sheet++) {
			xml.append("<sheet name=\"")
				.append(sheetNames[sheet - 1])
				.append("\" sheetId=\"")
				.append(sheet)
				.append("\" r:id=\"rId")
				.append(sheet)
				.append("\"/>");
		}
		return xml.append("</sheets></workbook>").toString();
	}

	private static List<byte[]> split(byte[] input) {
		List<byte[]> parts = new ArrayList<>();
		int start = 0;
		for (int index = 0; index <= input.length; index++) {
			if (index == input.length || input[index] == 0) {
				parts.add(Arrays.copyOfRange(input, start, index));
				start = index + 1;
			}
		}
		return parts;
	}

	private static byte[] part(List<byte[]> parts, int index) {
		return index < parts.size() ? parts.get(index) : new byte[0];
	}

	private static boolean add(Map<String, byte[]> entries, StringBuilder types, String name, byte[] content,
			String contentType, boolean evenIfEmpty) {
		if (content.length == 0 && !evenIfEmpty) {
			return false;
		}
		entries.put(name, content);
		types.append("<Override PartName=\"/")
			.append(name)
			.append("\" ContentType=\"")
			.append(CONTENT_TYPE)
			.append(contentType)
			.append("\"/>");
		return true;
	}

	private static String relationship(String id, String type, String target) {
		return "<Relationship Id=\"" + id + "\" Type=\"" + RELATIONSHIPS + "/" + type + "\" Target=\"" + target
				+ "\"/>";
	}

	private static byte[] stored(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				zipEntry.setMethod(ZipEntry.STORED);
				zipEntry.setSize(entry.getValue().length);
				CRC32 crc = new CRC32();
				crc.update(entry.getValue());
				zipEntry.setCrc(crc.getValue());
				zip.putNextEntry(zipEntry);
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return bytes.toByteArray();
	}

	private static byte[] utf8(CharSequence text) {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
