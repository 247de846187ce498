package org.joinedup.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.joinedup.ingest.testing.WorkbookFiles.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;
import org.joinedup.ingest.testing.WorkbookFiles;
import org.joinedup.ingest.testing.WorkbookFiles.Format;
import org.joinedup.ingest.testing.XlsxParts;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContentDetectorTest {

	private static final List<CsvColumn> AREAS = List.of(column("ONS code"), column("Name"), column("Legacy code"));

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(Format.class)
	void recognisesAnyWorkbookWhateverItsName(Format format) throws IOException {
		Path workbook = WorkbookFiles.write(dir.resolve("return.csv"), format,
				book -> row(book.createSheet("Cover"), 1, "ONS code"));

		assertThat(new WorkbookDetector().matches(FileSample.of(workbook))).isTrue();
		assertThat(new WorkbookDetector().matches(sample("return.xlsx", "not a workbook"))).isFalse();
	}

	/** Detected and read from one opening: the reader gets the detectors' workbook. */
	@ParameterizedTest
	@EnumSource(Format.class)
	void handsTheWorkbookItsDetectorsOpenedToItsReader(Format format) throws IOException {
		Path workbook = WorkbookFiles.write(dir.resolve("return.xlsx"), format,
				book -> row(book.createSheet("Cover"), 1, "ONS code"));

		try (FileSample sample = FileSample.of(workbook)) {
			assertThat(sample.readableWorkbook()).isSameAs(sample.workbook().orElseThrow());
		}
	}

	@Test
	void tellsTheReaderWhyAFileIsNoWorkbookWhileTheDetectorsSeeNone() throws IOException {
		try (FileSample sample = sample("return.xlsx", "not a workbook")) {
			assertThat(sample.workbook()).isEmpty();
			assertThatThrownBy(sample::readableWorkbook).isInstanceOfSatisfying(UnreadableFileException.class,
					unreadable -> assertThat(unreadable.rule()).isEqualTo(UnreadableFileException.NOT_A_WORKBOOK));
		}
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void readsAWorkbooksSheetNamesHiddenOnesToo(Format format) throws IOException {
		Path workbook = WorkbookFiles.write(dir.resolve("book"), format, book -> {
			book.createSheet("Contents");
			book.createSheet("MYE2 - Persons");
			book.setSheetHidden(0, true);
		});

		assertThat(FileSample.of(workbook).sheetNames()).containsExactly("Contents", "MYE2 - Persons");
	}

	@Test
	void readsNoSheetNamesFromADamagedWorkbookOrAText() throws IOException {
		Path workbook = WorkbookFiles.write(dir.resolve("book.xls"), Format.XLS, book -> book.createSheet("Cover"));
		byte[] bytes = Files.readAllBytes(workbook);
		Path truncated = Files.write(dir.resolve("truncated.xls"), Arrays.copyOf(bytes, 600));

		assertThat(FileSample.of(truncated).sheetNames()).isEmpty();
		assertThat(sample("areas.csv", "ONS code,Name,Legacy code\n").sheetNames()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void recognisesAWorkbookByASheetNameAsText(Format format) throws IOException {
		WorkbookSheetsDetector detector = new WorkbookSheetsDetector(List.of("LA - by reason", "LA - by type of care"));
		Path matching = WorkbookFiles.write(dir.resolve("la." + format), format, book -> {
			book.createSheet("England");
			row(book.createSheet("LA - by Type of Care"), 1, "Code");
		});
		Path other = WorkbookFiles.write(dir.resolve("bcf." + format), format,
				book -> row(book.createSheet("Cover"), 1, "ONS code"));
		Path damaged = Files.write(dir.resolve("cut." + format),
				Arrays.copyOf(Files.readAllBytes(matching), (int) Files.size(matching) / 2));

		assertThat(detector.matches(FileSample.of(matching))).isTrue();
		assertThat(detector.matches(FileSample.of(other))).isFalse();
		assertThat(detector.matches(FileSample.of(damaged))).isFalse();
	}

	@Test
	void matchesTheHeaderAsTextAfterABomAndBlankLinesWithExtraColumns() throws IOException {
		String text = "\uFEFF\r\n\r\n Notes , ons CODE:,NAME,Legacy\u00A0code,,\r\nx,E08000008\r\n";

		assertThat(new CsvHeaderDetector(AREAS, 0).matches(sample("data.csv", text))).isTrue();
	}

	@Test
	void takesALaterLineForTheHeaderOnlyBelowTheTitleLinesAllowed() throws IOException {
		FileSample titled = sample("areas.csv", "Areas reference, 2017\nONS code,Name,Legacy code\n");

		assertThat(new CsvHeaderDetector(AREAS, 0).matches(titled)).isFalse();
		assertThat(new CsvHeaderDetector(AREAS, 1).matches(titled)).isTrue();
		assertThat(new CsvHeaderDetector(AREAS, 3)
			.matches(sample("dtoc.csv", "Title\nSubtitle\n\nNotes\nONS code,Name,Legacy code\nE08000008,x,y\n")))
			.isTrue();
	}

	@Test
	void leavesAFileWithoutEveryRequiredColumnUnmatched() throws IOException {
		CsvHeaderDetector areas = new CsvHeaderDetector(AREAS, 0);

		assertThat(areas.matches(sample("areas.csv", "ONS code,Name,Type\nE08000008,Tameside,x\n"))).isFalse();
		assertThat(areas.matches(sample("empty.csv", ""))).isFalse();
		assertThat(
				areas.matches(FileSample.of(Files.write(dir.resolve("binary.bin"), new byte[] { 0, 1, 2, 0, '\n' }))))
			.isFalse();
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void recognisesAWorkbookByWhatItHoldsAndLeavesADamagedOneToTheOthers(Format format) throws IOException {
		ContentDetector activity = new WorkbookContentDetector(
				workbook -> workbook.sheet("Commissioner").map(sheet -> sheet.row(2).width() > 0).orElse(false));
		Path matching = WorkbookFiles.write(dir.resolve("activity.xls"), format,
				book -> row(book.createSheet("Commissioner"), 2, "Title:", "Monthly Hospital Activity"));
		Path other = WorkbookFiles.write(dir.resolve("bcf.xls"), format,
				book -> row(book.createSheet("Cover"), 2, "ONS code"));
		byte[] bytes = Files.readAllBytes(matching);
		Path truncated = Files.write(dir.resolve("truncated.xls"), Arrays.copyOf(bytes, bytes.length / 2));

		assertThat(activity.matches(FileSample.of(matching))).isTrue();
		assertThat(activity.matches(FileSample.of(other))).isFalse();
		assertThat(activity.matches(FileSample.of(truncated))).isFalse();
		assertThat(activity.matches(sample("activity.csv", "Title:,Monthly Hospital Activity\n"))).isFalse();
	}

	@Test
	void leavesAWorkbookWithADamagedCellWhereItLooksToTheOthers() throws IOException {
		ContentDetector activity = new WorkbookContentDetector(
				workbook -> workbook.sheet("Commissioner").map(sheet -> sheet.row(2).width() > 0).orElse(false));
		String numberThatIsNot = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				+ "<sheetData><row r=\"1\"><c r=\"A1\"><v>x</v></c></row></sheetData></worksheet>";
		Path damaged = Files.write(dir.resolve("damaged.xlsx"),
				XlsxParts.zip(XlsxParts.input(XlsxParts.workbook("Commissioner"), "", "", numberThatIsNot)));

		assertThat(activity.matches(FileSample.of(damaged))).isFalse();
	}

	@Test
	void eitherOfTwoDetectorsMatches() throws IOException {
		ContentDetector areasOrWorkbook = new CsvHeaderDetector(AREAS, 0).or(new WorkbookDetector());

		assertThat(areasOrWorkbook.matches(sample("areas.csv", "ONS code,Name,Legacy code\n"))).isTrue();
		assertThat(areasOrWorkbook.matches(sample("other.csv", "Name,Region\n"))).isFalse();
	}

	private FileSample sample(String name, String text) throws IOException {
		return FileSample.of(Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8)));
	}

	private static CsvColumn column(String header) {
		ColumnSpec spec = new ColumnSpec(header, true, List.of());
		return () -> spec;
	}

}
