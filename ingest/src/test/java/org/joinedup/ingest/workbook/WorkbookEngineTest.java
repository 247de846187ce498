package org.joinedup.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.joinedup.ingest.testing.WorkbookFiles.row;
import static org.joinedup.ingest.testing.WorkbookFiles.set;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.testing.EngineCase;
import org.joinedup.ingest.testing.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkbookEngineTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void readsEachValueTypeWithItsProvenance(EngineCase engineCase) throws IOException {
		Path file = sample(engineCase);
		try (Workbook workbook = engineCase.engine().open(file)) {
			Row first = workbook.sheet("Data").orElseThrow().row(1);

			assertThat(first.cells()).extracting(SourceValue::value)
				.containsExactly("Text", 12.5, true, LocalDate.of(2016, 10, 31), 25.0, "ab", null, "#DIV/0!");
			assertThat(first.cell(1).at()).isEqualTo(new Provenance(file.getFileName().toString(), "Data", 1, "B"));
			assertThat(first.cell(30).value()).isNull();
			assertThat(first.cell(30).at().column()).isEqualTo("AE");
		}
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void skipsStyledEmptyRowsAndGivesMergedValuesInTheTopLeftCell(EngineCase engineCase) throws IOException {
		try (Workbook workbook = engineCase.engine().open(sample(engineCase))) {
			Sheet data = workbook.sheet("data").orElseThrow();

			try (Stream<Row> rows = data.rows()) {
				assertThat(rows.map(Row::number)).containsExactly(1, 3, 4);
			}
			assertThat(data.row(2).isBlank()).isTrue();
			assertThat(data.row(3).cell(0).value()).isEqualTo("after a styled empty row");
			assertThat(data.row(4).cells()).extracting(SourceValue::value).containsExactly("merged", null, null, "D");
			assertThat(data.lastRow()).isEqualTo(4);
			assertThat(data.row(99).isBlank()).isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void ignoresHiddenSheetsAndMatchesNamesAsText(EngineCase engineCase) throws IOException {
		try (Workbook workbook = engineCase.engine().open(sample(engineCase))) {
			assertThat(workbook.sheets()).extracting(Sheet::name).containsExactly("Data", "1) Cover");
			assertThat(workbook.sheet("COVER")).map(Sheet::name).hasValue("1) Cover");
			assertThat(workbook.sheet("Hidden")).isEmpty();
			assertThat(workbook.sheet("Very hidden")).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void readsDatesInThe1904DateSystem(EngineCase engineCase) throws IOException {
		Path file = engineCase.write(dir, "mac", workbook -> {
			use1904DateSystem(workbook);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Dates");
			// 41212 days after 1 January 1904; the same serial in the 1900 system would
			// be in 2012
			set(sheet, 1, 0, 41212).setCellStyle(date);
			set(sheet, 1, 1, 41212);
		});

		try (Workbook workbook = engineCase.engine().open(file)) {
			Row row = workbook.sheets().get(0).row(1);
			assertThat(row.cell(0).value()).isEqualTo(LocalDate.of(2016, 10, 31));
			assertThat(row.cell(1).value()).isEqualTo(41212.0);
		}
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void detectsTheFormatFromContentNotTheFileName(EngineCase engineCase) throws IOException {
		Path file = sample(engineCase);
		Path misnamed = Files.move(file, dir.resolve("return.dat"));
		try (Workbook workbook = engineCase.engine().open(misnamed)) {
			assertThat(workbook.sheets()).hasSize(2);
		}
	}

	/**
	 * Written without calculating, as some tools save: never read as 0 or blank. The
	 * usermodel calculates what it safely can; a streamed sheet cannot, and reads the
	 * formula's text with a warning.
	 */
	@ParameterizedTest
	@EnumSource(value = EngineCase.class, names = "USERMODEL_XLS", mode = EnumSource.Mode.EXCLUDE)
	void calculatesAFormulaWithoutAStoredResultOrReadsItsTextWithAWarning(EngineCase engineCase) throws IOException {
		// an .xls always stores a formula's result
		Path file = engineCase.write(dir, "unevaluated", workbook -> {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Savings");
			set(sheet, 1, 0, 21);
			set(sheet, 1, 1, null).setCellFormula("A1*2");
			set(sheet, 1, 2, null).setCellFormula("HYPERLINK(\"http://x\",\"Scheme A\")");
			set(sheet, 1, 3, null).setCellFormula("SUM(A:A)");
		});

		try (Workbook workbook = engineCase.engine().open(file)) {
			Row row = workbook.sheets().get(0).row(1);
			if (engineCase == EngineCase.STREAMING_XLSX) {
				assertThat(row.cells()).extracting(SourceValue::value)
					.containsExactly(21.0, "=A1*2", "=HYPERLINK(\"http://x\",\"Scheme A\")", "=SUM(A:A)");
				assertThat(workbook.warnings()).extracting(Finding::column).containsExactly("B", "C", "D");
			}
			else {
				// a whole column is too large an area to calculate safely
				assertThat(row.cells()).extracting(SourceValue::value)
					.containsExactly(21.0, 42.0, "Scheme A", "=SUM(A:A)");
				assertThat(workbook.warnings()).extracting(Finding::column).containsExactly("D");
			}
			assertThat(workbook.warnings()).allSatisfy(warning -> {
				assertThat(warning.severity()).isEqualTo(Severity.WARNING);
				assertThat(warning.rule()).isEqualTo(FormulaWarnings.RULE);
				assertThat(warning.sheet()).isEqualTo("Savings");
				assertThat(warning.row()).isEqualTo(1);
				assertThat(warning.value()).startsWith("=");
				assertThat(warning.message()).contains("saved without being calculated");
			});
			workbook.sheets().get(0).row(1);
			assertThat(workbook.warnings()).as("one warning per cell however often it is read")
				.hasSize(engineCase == EngineCase.STREAMING_XLSX ? 3 : 1);
		}
	}

	/** A sheet of formulas lists the first hundred, then says there are more. */
	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void listsAHundredFormulasWithoutAResultThenSaysThereAreMore(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("formulas.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Data", xml -> {
				for (int row = 1; row <= 150; row++) {
					xml.write("<row r=\"" + row + "\"><c r=\"B" + row + "\"><f>SUM(A:A)</f></c></row>");
				}
			});
		}

		try (Workbook workbook = engine.open(file); Stream<Row> rows = workbook.sheets().get(0).rows()) {
			assertThat(rows.map(row -> row.cell(1).value())).hasSize(150).containsOnly("=SUM(A:A)");
			assertThat(workbook.warnings()).hasSize(FormulaWarnings.LISTED + 1);
			assertThat(workbook.warnings().get(FormulaWarnings.LISTED).message())
				.contains("only the first 100 are listed");
		}
	}

	/**
	 * Excel stores a formula whose result is empty text as an empty value of type str.
	 */
	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void readsAFormulaWhoseResultIsEmptyTextAsBlank(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("empty-result.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Data", xml -> xml.write("""
					<row r="1"><c r="A1"><v>7</v></c><c r="B1" t="str"><f>IF(A1&gt;0,"","x")</f><v></v></c></row>"""));
		}

		try (Workbook workbook = engine.open(file)) {
			assertThat(workbook.sheets().get(0).row(1).cells()).extracting(SourceValue::value).containsExactly(7.0);
			assertThat(workbook.warnings()).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void stopsBetweenRowsOnceAStopIsAsked(EngineCase engineCase) throws IOException {
		Path file = engineCase.write(dir, "long", workbook -> {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Data");
			for (int rowNumber = 1; rowNumber <= 100; rowNumber++) {
				row(sheet, rowNumber, "Row " + rowNumber);
			}
		});
		AtomicInteger read = new AtomicInteger();

		try (Workbook workbook = engineCase.engine().open(file, WorkbookLimits.DEFAULTS, () -> read.get() == 10);
				Stream<Row> rows = workbook.sheets().get(0).rows()) {
			assertThatThrownBy(() -> rows.forEach(row -> read.incrementAndGet())).isInstanceOf(ReadingStopped.class)
				.hasMessageContaining("long.xls");
		}
		assertThat(read).hasValue(10);
	}

	/**
	 * A row costs its filled cells, not its width: thousands of rows reach column XFD.
	 */
	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void readsRowsReachingTheLastColumn(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("wide.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Wide", xml -> {
				xml.write(
						"<row r=\"1\"><c r=\"XFD1\"><v>2</v></c><c r=\"A1\" t=\"inlineStr\"><is><t>first</t></is></c></row>");
				for (int rowNumber = 2; rowNumber <= 20_000; rowNumber++) {
					xml.write("<row r=\"" + rowNumber + "\"><c r=\"XFD" + rowNumber + "\"><v>1</v></c></row>");
				}
			});
		}

		try (Workbook workbook = engine.open(file)) {
			Sheet sheet = workbook.sheets().get(0);
			Row first = sheet.row(1);
			assertThat(first.width()).isEqualTo(16_384);
			assertThat(first.cell(0).value()).isEqualTo("first");
			assertThat(first.cell(16_383).value()).isEqualTo(2.0);
			assertThat(first.cell(16_383).at().column()).isEqualTo("XFD");
			assertThat(first.cell(5000).value()).isNull();
			try (Stream<Row> rows = sheet.rows()) {
				assertThat(rows.mapToDouble(row -> (Double) row.cell(16_383).value()).sum()).isEqualTo(2 + 19_999.0);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void rejectsACellPastTheLastColumnAsDamage(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("past-the-edge.xlsx");
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Data", xml -> xml.write("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"));
		}

		assertThatThrownBy(() -> {
			try (Workbook workbook = engine.open(file); Stream<Row> rows = workbook.sheets().get(0).rows()) {
				rows.forEach(row -> {
				});
			}
		}).isInstanceOfSatisfying(UnreadableFileException.class,
				damaged -> assertThat(damaged.rule()).isEqualTo(UnreadableFileException.CORRUPT));
	}

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void decodesCharactersEscapedInInlineStrings(WorkbookEngine engine) throws IOException {
		Path file = dir.resolve("inline.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			row(workbook.createSheet("Narrative"), 1, "First line_x000D_Second line");
			workbook.write(out);
		}

		try (Workbook workbook = engine.open(file)) {
			assertThat(workbook.sheets().get(0).row(1).cell(0).value()).isEqualTo("First line\rSecond line");
		}
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void readsEachFormatWithTheEngineItsCaseNames(EngineCase engineCase) throws IOException {
		try (Workbook workbook = engineCase.engine().open(sample(engineCase))) {
			assertThat(workbook).isInstanceOf(
					engineCase == EngineCase.STREAMING_XLSX ? StreamingXlsxWorkbook.class : PoiUsermodelWorkbook.class);
		}
	}

	@Test
	void streamsALargeWorkbookWithInlineStrings() throws IOException {
		Path file = dir.resolve("large.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Episodes");
			for (int rowNumber = 1; rowNumber <= 20_000; rowNumber++) {
				row(sheet, rowNumber, "E" + rowNumber, rowNumber);
			}
			workbook.write(out);
		}

		try (Workbook workbook = WorkbookEngine.BY_FILE.open(file);
				Stream<Row> rows = workbook.sheets().get(0).rows()) {
			assertThat(rows.mapToDouble(row -> (Double) row.cell(1).value()).sum()).isEqualTo(20_000L * 20_001 / 2.0);
		}
		try (Workbook workbook = WorkbookEngine.BY_FILE.open(file)) {
			Sheet sheet = workbook.sheets().get(0);
			assertThat(sheet.lastRow()).isEqualTo(20_000);
			assertThat(sheet.row(19_999).cell(0).value()).isEqualTo("E19999");
		}
	}

	private Path sample(EngineCase engineCase) throws IOException {
		return engineCase.write(dir, "sample", workbook -> {
			org.apache.poi.ss.usermodel.Sheet data = workbook.createSheet("Data");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			row(data, 1, "Text", 12.5, true);
			set(data, 1, 3, null).setCellValue(LocalDate.of(2016, 10, 31));
			data.getRow(0).getCell(3).setCellStyle(date);
			set(data, 1, 4, null).setCellFormula("B1*2");
			set(data, 1, 5, null).setCellFormula("\"a\"&\"b\"");
			set(data, 1, 7, null).setCellFormula("1/0");
			CellStyle filled = workbook.createCellStyle();
			filled.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
			filled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			for (int column = 0; column < 5; column++) {
				set(data, 2, column, null).setCellStyle(filled);
			}
			set(data, 3, 0, "after a styled empty row");
			row(data, 4, "merged", null, null, "D");
			set(data, 4, 1, null);
			data.addMergedRegion(new CellRangeAddress(3, 3, 0, 2));
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

			row(workbook.createSheet("Hidden"), 1, "hidden");
			row(workbook.createSheet("Very hidden"), 1, "very hidden");
			row(workbook.createSheet("1) Cover"), 1, "cover");
			workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
			workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
		});
	}

	private static void use1904DateSystem(org.apache.poi.ss.usermodel.Workbook workbook) {
		if (workbook instanceof XSSFWorkbook xssf) {
			xssf.getCTWorkbook().getWorkbookPr().setDate1904(true);
		}
		else {
			((DateWindow1904Record) ((HSSFWorkbook) workbook).getInternalWorkbook()
				.findFirstRecordBySid(DateWindow1904Record.sid)).setWindowing((short) 1);
		}
	}

}
