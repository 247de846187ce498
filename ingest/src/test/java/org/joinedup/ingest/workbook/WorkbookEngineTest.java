package org.joinedup.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.ingest.testing.WorkbookFiles.row;
import static org.joinedup.ingest.testing.WorkbookFiles.set;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.testing.EngineCase;
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

	@ParameterizedTest
	@EnumSource(value = EngineCase.class, names = "USERMODEL_XLS", mode = EnumSource.Mode.EXCLUDE)
	void readsAFormulaWithoutAStoredResultAsBlank(EngineCase engineCase) throws IOException {
		// written without evaluating, as some tools do; an .xls always stores a formula's
		// result
		Path file = engineCase.write(dir, "unevaluated", workbook -> {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Totals");
			set(sheet, 1, 0, 21);
			set(sheet, 1, 1, null).setCellFormula("A1*2");
		});

		try (Workbook workbook = engineCase.engine().open(file)) {
			assertThat(workbook.sheets().get(0).row(1).cells()).extracting(SourceValue::value).containsExactly(21.0);
		}
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
