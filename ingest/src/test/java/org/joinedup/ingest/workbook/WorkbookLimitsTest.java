package org.joinedup.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.joinedup.ingest.testing.WorkbookFiles.row;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.joinedup.ingest.testing.EngineCase;
import org.joinedup.ingest.testing.HostileFiles;
import org.joinedup.ingest.testing.RawXlsx;
import org.joinedup.ingest.testing.WorkbookFiles;
import org.joinedup.ingest.testing.WorkbookFiles.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A workbook past a {@link WorkbookLimits} limit, or a zip that is no workbook, is
 * refused before it is read, with a finding that says what and how much, whichever engine
 * would read it. Small limits stand in for the defaults, which no test need reach.
 */
class WorkbookLimitsTest {

	private static final long KB = 1024;

	private static final WorkbookLimits SMALL = new WorkbookLimits(400 * KB, 200 * KB, 100 * KB, 50, 64 * KB);

	private final Random random = new Random(42);

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void refusesAWorkbookThatUnzipsPastItsLimitInAll(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("many-sheets.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			for (int sheet = 1; sheet <= 3; sheet++) {
				xlsx.sheet("Extra " + sheet, xml -> numbers(xml, 1500));
			}
		}

		assertRefused(engine, file, UnreadableFileException.TOO_LARGE, "unzips to", "in all, more than the 400 kB");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void refusesASheetPastItsLimitNamingIt(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("long-sheet.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Cover", xml -> numbers(xml, 10)).sheet("Metrics", xml -> numbers(xml, 2000));
		}

		assertRefused(engine, file, UnreadableFileException.TOO_LARGE, "its sheet 'Metrics' unzips to",
				"more than the 200 kB allowed");
	}

	/** Counted as it unzips, whatever the zip's directory says. */
	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void refusesASheetPastItsLimitWhenTheZipUnderstatesItsSize(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("understated.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Metrics", xml -> numbers(xml, 2000));
		}
		understateSize(file, "xl/worksheets/sheet1.xml", 1000);

		assertRefused(engine, file, UnreadableFileException.TOO_LARGE,
				"its sheet 'Metrics' unzips to more than the 200 kB allowed");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void refusesSharedStringsPastTheirLimit(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("shared-string.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Cover", xml -> xml.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
				.sharedStrings(xml -> xml.write("<si><t>" + RawXlsx.digits(random, 150_000) + "</t></si>"));
		}

		assertRefused(engine, file, UnreadableFileException.TOO_LARGE, "the table of texts its cells share",
				"more than the 100 kB allowed");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void refusesAZipOfTooManyPartsSayingTheLimit(WorkbookEngine engine) throws IOException {
		Path file = HostileFiles.manyEntries(dir.resolve("parts.xlsx"), 10_000);

		assertThatThrownBy(() -> engine.open(file).close()).isInstanceOfSatisfying(UnreadableFileException.class,
				refused -> {
					assertThat(refused.rule()).isEqualTo(UnreadableFileException.TOO_MANY_PARTS);
					assertThat(refused.getMessage()).contains("'parts.xlsx'", "holds 10,000 parts",
							"more than the 1,000 a workbook may hold");
				});
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void refusesASheetNameLongerThanAFindingKeeps(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("long-name.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("1) " + " ".repeat(120) + "Cover", xml -> numbers(xml, 10));
		}

		assertRefused(engine, file, UnreadableFileException.SHEET_NAME_TOO_LONG,
				"has a sheet whose name is 128 characters long, beginning '1) ", "Excel allows 31");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void readsASheetNameLongerThanExcelAllowsUpToWhatAFindingKeeps(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("libreoffice.xlsx");
		String name = "M".repeat(Sheet.LONGEST_NAME);
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet(name, xml -> numbers(xml, 10));
		}

		try (Workbook workbook = engine.open(file)) {
			assertThat(workbook.sheet(name)).isPresent();
		}
	}

	/** Zip's XZ (95) and Zstandard (93): a refusal, never a missing decoder's error. */
	@ParameterizedTest
	@CsvSource({ "BY_FILE, 95, XZ", "BY_FILE, 93, ZSTD", "USERMODEL, 95, XZ", "USERMODEL, 93, ZSTD" })
	void refusesAPartCompressedAsExcelNeverCompresses(WorkbookEngine engine, int method, String methodName)
			throws IOException {
		Path file = dir.resolve("repacked.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Metrics", xml -> numbers(xml, 10));
		}
		compressionMethod(file, "xl/worksheets/sheet1.xml", method);

		assertRefused(engine, file, UnreadableFileException.CORRUPT,
				"its part 'xl/worksheets/sheet1.xml' is compressed with " + methodName + " in a way Excel never uses");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void refusesAnOpenDocumentSpreadsheetSayingHowToSaveItAsXlsx(WorkbookEngine engine) throws IOException {
		Path file = HostileFiles.openDocumentSpreadsheet(dir.resolve("return.ods"));

		assertRefused(engine, file, UnreadableFileException.OPENDOCUMENT, "is an OpenDocument spreadsheet",
				"save it as an Excel Workbook (.xlsx)");
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void refusesAZipHoldingAWorkbookAskingForTheWorkbookItself(WorkbookEngine engine) throws IOException {
		Path workbook = WorkbookFiles.write(dir.resolve("E08000008-tameside.xlsx"), Format.XLSX,
				content -> row(content.createSheet("Cover"), 1, "ONS code", "E08000008"));
		Path zipped = HostileFiles.zipHolding(dir.resolve("returns.zip"), workbook, "Q4/E08000008-tameside.xlsx");

		assertRefused(engine, zipped, UnreadableFileException.ZIP_HOLDING_WORKBOOK,
				"is a zip archive holding the workbook 'Q4/E08000008-tameside.xlsx'", "Send the workbook itself");
	}

	@Test
	void refusesAnXlsPastItsSizeUnread() throws IOException {
		Path file = EngineCase.USERMODEL_XLS.write(dir, "large", workbook -> {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Data");
			for (int rowNumber = 1; rowNumber <= 3000; rowNumber++) {
				row(sheet, rowNumber, "Row " + rowNumber, rowNumber, rowNumber * 2);
			}
		});

		assertRefused(WorkbookEngine.BY_FILE, file, UnreadableFileException.TOO_LARGE, "'large.xls'",
				"more than the 64 kB an .xls workbook may be");
		assertThat(SheetNames.of(file, org.apache.poi.poifs.filesystem.FileMagic.OLE2, SMALL)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void readsAWorkbookWithinTheLimits(EngineCase engineCase) throws IOException {
		Path file = engineCase.write(dir, "small", workbook -> row(workbook.createSheet("Cover"), 1, "ONS code"));

		try (Workbook workbook = engineCase.engine().open(file, SMALL, () -> false);
				Stream<Row> rows = workbook.sheets().get(0).rows()) {
			assertThat(rows.count()).isOne();
		}
	}

	private void assertRefused(WorkbookEngine engine, Path file, String rule, String... messageParts) {
		assertThatThrownBy(() -> engine.open(file, SMALL, () -> false).close())
			.isInstanceOfSatisfying(UnreadableFileException.class, refused -> {
				assertThat(refused.rule()).isEqualTo(rule);
				assertThat(refused.getMessage()).contains("'" + file.getFileName() + "'").contains(messageParts);
			});
	}

	/** Rows of random figures, about 110 bytes each: they compress as real data does. */
	private void numbers(java.io.Writer xml, int rows) throws IOException {
		for (int rowNumber = 1; rowNumber <= rows; rowNumber++) {
			xml.write("<row r=\"" + rowNumber + "\">");
			for (String column : new String[] { "A", "B", "C" }) {
				xml.write("<c r=\"" + column + rowNumber + "\"><v>" + RawXlsx.digits(random, 12) + "</v></c>");
			}
			xml.write("</row>");
		}
	}

	/**
	 * Rewrites the uncompressed size an entry's central directory record declares, as a
	 * hostile zip may.
	 */
	private static void understateSize(Path file, String entryName, int declared) throws IOException {
		patchEntry(file, entryName, 0x02014b50, 46, 28, 24,
				ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(declared).array());
	}

	private static void compressionMethod(Path file, String entryName, int method) throws IOException {
		byte[] code = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) method).array();
		patchEntry(file, entryName, 0x04034b50, 30, 26, 8, code);
		patchEntry(file, entryName, 0x02014b50, 46, 28, 10, code);
	}

	/**
	 * Writes {@code value} into the first zip header with {@code signature} for
	 * {@code entryName}: a local header (name at 30) or a directory entry (name at 46).
	 */
	private static void patchEntry(Path file, String entryName, int signature, int nameAt, int nameLengthAt,
			int fieldAt, byte[] value) throws IOException {
		try (RandomAccessFile zip = new RandomAccessFile(file.toFile(), "rw")) {
			byte[] bytes = new byte[(int) zip.length()];
			zip.readFully(bytes);
			ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
			byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
			for (int at = 0; at + nameAt + name.length <= bytes.length; at++) {
				if (buffer.getInt(at) == signature && buffer.getShort(at + nameLengthAt) == name.length
						&& entryName.equals(new String(bytes, at + nameAt, name.length, StandardCharsets.UTF_8))) {
					zip.seek(at + fieldAt);
					zip.write(value);
					return;
				}
			}
			throw new IllegalArgumentException("No entry " + entryName + " in " + file);
		}
	}

}
