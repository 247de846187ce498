package org.joinedup.ingest.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Zips that arrive where workbooks are expected but are none, or are altered ones. */
public final class HostileFiles {

	private HostileFiles() {
	}

	/** A minimal OpenDocument spreadsheet, as LibreOffice saves by default. */
	public static Path openDocumentSpreadsheet(Path file) throws IOException {
		byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			// stored first and uncompressed, as the OpenDocument format requires
			ZipEntry stored = new ZipEntry("mimetype");
			stored.setMethod(ZipEntry.STORED);
			stored.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			stored.setCrc(crc.getValue());
			zip.putNextEntry(stored);
			zip.write(mimetype);
			zip.closeEntry();
			entry(zip, "content.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>""");
			entry(zip, "META-INF/manifest.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>""");
		}
		return file;
	}

	/** A zip holding {@code workbook} under {@code name}. */
	public static Path zipHolding(Path file, Path workbook, String name) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(Files.readAllBytes(workbook));
			zip.closeEntry();
		}
		return file;
	}

	/** A zip of {@code count} empty entries. */
	public static Path manyEntries(Path file, int count) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (int entry = 0; entry < count; entry++) {
				zip.putNextEntry(new ZipEntry("part" + entry + ".xml"));
				zip.closeEntry();
			}
		}
		return file;
	}

	/** A copy of an .xlsx with one entry's text changed. */
	public static Path rewrite(Path from, Path to, String entryName, UnaryOperator<String> change) throws IOException {
		return rewriteBytes(from, to, entryName,
				bytes -> change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
	}

	/** A copy of an .xlsx with one entry's bytes changed. */
	public static Path rewriteBytes(Path from, Path to, String entryName, UnaryOperator<byte[]> change)
			throws IOException {
		boolean changed = false;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				changed |= entry.getName().equals(entryName);
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(entryName) ? change.apply(content) : content);
				out.closeEntry();
			}
		}
		if (!changed) {
			throw new IllegalArgumentException(from + " has no entry " + entryName);
		}
		return to;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
