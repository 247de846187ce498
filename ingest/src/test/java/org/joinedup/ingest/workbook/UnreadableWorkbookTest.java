package org.joinedup.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.joinedup.ingest.testing.WorkbookFiles.row;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.joinedup.ingest.testing.HostileFiles;
import org.joinedup.ingest.testing.WorkbookFiles;
import org.joinedup.ingest.testing.WorkbookFiles.Format;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnreadableWorkbookTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsAnEncryptedXlsx(WorkbookEngine engine) throws Exception {
		Path plain = WorkbookFiles.write(dir.resolve("plain.xlsx"), Format.XLSX,
				workbook -> row(workbook.createSheet("Cover"), 1, "secret"));
		Path encrypted = dir.resolve("encrypted.xlsx");
		try (POIFSFileSystem container = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("password");
			try (OPCPackage pkg = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream out = encryptor.getDataStream(container)) {
				pkg.save(out);
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				container.writeFilesystem(out);
			}
		}

		assertRejected(engine, encrypted, UnreadableFileException.ENCRYPTED, "password-protected");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsAnEncryptedXls(WorkbookEngine engine) throws IOException {
		Path encrypted;
		Biff8EncryptionKey.setCurrentUserPassword("password");
		try {
			encrypted = WorkbookFiles.write(dir.resolve("encrypted.xls"), Format.XLS,
					workbook -> row(workbook.createSheet("Cover"), 1, "secret"));
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}

		assertRejected(engine, encrypted, UnreadableFileException.ENCRYPTED, "password-protected");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsATruncatedXlsx(WorkbookEngine engine) throws IOException {
		Path whole = WorkbookFiles.write(dir.resolve("whole.xlsx"), Format.XLSX,
				workbook -> row(workbook.createSheet("Cover"), 1, "complete"));
		byte[] bytes = Files.readAllBytes(whole);
		Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

		assertRejected(engine, truncated, UnreadableFileException.CORRUPT, "damaged or incomplete");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsATruncatedXls(WorkbookEngine engine) throws IOException {
		Path whole = WorkbookFiles.write(dir.resolve("whole.xls"), Format.XLS,
				workbook -> row(workbook.createSheet("Cover"), 1, "complete"));
		byte[] bytes = Files.readAllBytes(whole);
		Path truncated = Files.write(dir.resolve("truncated.xls"), Arrays.copyOf(bytes, 1000));

		assertRejected(engine, truncated, UnreadableFileException.CORRUPT, "damaged or incomplete");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsMalformedXmlInASheetNoReaderAsksFor(WorkbookEngine engine) throws IOException {
		Path whole = WorkbookFiles.write(dir.resolve("whole.xlsx"), Format.XLSX, workbook -> {
			row(workbook.createSheet("Cover"), 1, "ONS code", "E08000008");
			row(workbook.createSheet("Guidance"), 1, "Read me");
		});
		Path damaged = HostileFiles.rewrite(whole, dir.resolve("damaged.xlsx"), "xl/worksheets/sheet2.xml",
				xml -> xml.replace("</sheetData>", ""));

		assertRejected(engine, damaged, UnreadableFileException.CORRUPT, "damaged or incomplete");
	}

	private static final byte[] NOT_UTF_8 = { (byte) 0xE2, 0x28, (byte) 0xA1 };

	/**
	 * The JDK's own XML reader prints a fatal error on standard error ("[Fatal Error]
	 * :-1:-1: ..."); joinedup's console is for its own lines.
	 */
	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsBytesThatAreNotUtf8PrintingNothing(WorkbookEngine engine) throws IOException {
		Path whole = WorkbookFiles.write(dir.resolve("whole.xlsx"), Format.XLSX,
				workbook -> row(workbook.createSheet("Cover"), 1, "ONS code", "E08000008"));
		Path damaged = HostileFiles.rewriteBytes(whole, dir.resolve("damaged.xlsx"), "xl/workbook.xml",
				xml -> ByteBuffer.allocate(xml.length + 3)
					.put(xml, 0, 60)
					.put(NOT_UTF_8)
					.put(xml, 60, xml.length - 60)
					.array());
		ByteArrayOutputStream standardError = new ByteArrayOutputStream();
		PrintStream original = System.err;
		System.setErr(new PrintStream(standardError, true, StandardCharsets.UTF_8));
		try {
			assertThat(SheetNames.of(damaged, FileMagic.OOXML, WorkbookLimits.DEFAULTS)).isEmpty();
			assertRejected(engine, damaged, UnreadableFileException.CORRUPT, "damaged or incomplete");
		}
		finally {
			System.setErr(original);
		}
		assertThat(standardError.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsANumberCellHoldingText(WorkbookEngine engine) throws IOException {
		Path damaged = WorkbookFiles.write(dir.resolve("damaged.xlsx"), Format.XLSX, workbook -> {
			Cell number = WorkbookFiles.set(workbook.createSheet("Cover"), 1, 0, 42);
			((XSSFCell) number).getCTCell().setV("forty-two");
		});

		assertRejectedOnReading(engine, damaged, UnreadableFileException.CORRUPT, "damaged or incomplete");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsTextNamedAsAWorkbook(WorkbookEngine engine) throws IOException {
		Path text = Files.writeString(dir.resolve("return.xlsx"), "ONS code,Name\nE08000008,Tameside\n");

		assertRejected(engine, text, UnreadableFileException.NOT_A_WORKBOOK, "not an Excel workbook");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsAWordDocumentNamedAsAWorkbook(WorkbookEngine engine) throws IOException {
		Path document = dir.resolve("return.xlsx");
		try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(document)) {
			word.createParagraph().createRun().setText("Our return");
			word.write(out);
		}

		assertRejected(engine, document, UnreadableFileException.NOT_A_WORKBOOK, "not an Excel workbook");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsAnEmptyFile(WorkbookEngine engine) throws IOException {
		Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

		assertRejected(engine, empty, UnreadableFileException.NOT_A_WORKBOOK, "not an Excel workbook");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsAZipBomb(WorkbookEngine engine) throws IOException {
		Path bomb = zipBomb(dir.resolve("bomb.xlsx"), 40 << 20);

		assertRejected(engine, bomb, UnreadableFileException.ZIP_BOMB, "more than 100 times its compressed size");
	}

	/**
	 * Opening alone rejects the file, so which sheets a reader goes on to read makes no
	 * difference.
	 */
	private static void assertRejected(WorkbookEngine engine, Path file, String rule, String messagePart) {
		assertFails(() -> engine.open(file).close(), file, rule, messagePart);
	}

	/**
	 * A fault inside a cell is met when the cell is read: reads every row of every sheet.
	 */
	private static void assertRejectedOnReading(WorkbookEngine engine, Path file, String rule, String messagePart) {
		assertFails(() -> {
			try (Workbook workbook = engine.open(file)) {
				for (Sheet sheet : workbook.sheets()) {
					try (Stream<Row> rows = sheet.rows()) {
						rows.forEach(row -> {
						});
					}
				}
			}
		}, file, rule, messagePart);
	}

	private static void assertFails(ThrowingCallable reading, Path file, String rule, String messagePart) {
		assertThatThrownBy(reading).isInstanceOfSatisfying(UnreadableFileException.class, failure -> {
			assertThat(failure.rule()).isEqualTo(rule);
			assertThat(failure.getMessage()).contains(file.getFileName().toString()).contains(messagePart);
		});
	}

	/**
	 * A minimal .xlsx whose one sheet is {@code padding} bytes of white space: a few kB
	 * compressed.
	 */
	static Path zipBomb(Path file, int padding) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
							<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
							</Types>""");
			entry(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
							</Relationships>""");
			entry(zip, "xl/workbook.xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
							<sheets><sheet name="Cover" sheetId="1" r:id="rId1"/></sheets>
							</workbook>""");
			entry(zip, "xl/_rels/workbook.xml.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
							</Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) ' ');
			for (int written = 0; written < padding; written += spaces.length) {
				zip.write(spaces);
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
