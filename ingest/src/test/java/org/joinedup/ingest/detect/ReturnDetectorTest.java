package org.joinedup.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.ingest.testing.WorkbookFiles.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;
import org.joinedup.ingest.testing.WorkbookFiles;
import org.joinedup.ingest.testing.WorkbookFiles.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReturnDetectorTest {

	private static final String AREAS_HEADER = "ONS code,Name,Type,Region,Legacy code,Population,Population 65+,Valid from,Valid to";

	@TempDir
	Path dir;

	private final ReturnDetector detector = new ReturnDetector();

	@ParameterizedTest
	@EnumSource(Format.class)
	void recognisesAnyWorkbookWhateverItsName(Format format) throws IOException {
		Path workbook = WorkbookFiles.write(dir.resolve("return.csv"), format,
				book -> row(book.createSheet("Cover"), 1, "ONS code"));

		assertThat(detector.detect(workbook)).isEqualTo(ReturnType.BCF_QUARTERLY);
	}

	@Test
	void recognisesTheAreasReferenceByItsHeader() throws IOException {
		assertThat(detect("areas.txt", AREAS_HEADER + "\nE08000008,Tameside\n")).isEqualTo(ReturnType.AREAS_REFERENCE);
	}

	@Test
	void matchesTheHeaderAsTextAfterABomAndBlankLinesWithExtraColumns() throws IOException {
		String header = "\uFEFF\r\n\r\n Notes , ons CODE:,NAME,Type,Region,Legacy\u00A0code,Population,Population 65+,"
				+ "Valid from,Valid to,,\r\nx,E08000008\r\n";

		assertThat(detect("data.csv", header)).isEqualTo(ReturnType.AREAS_REFERENCE);
	}

	@Test
	void doesNotTakeALaterLineForTheHeader() throws IOException {
		assertThat(detect("areas.csv", "Areas reference, 2017\n" + AREAS_HEADER + "\n")).isEqualTo(ReturnType.UNKNOWN);
	}

	@Test
	void leavesOtherFilesUnknown() throws IOException {
		assertThat(detect("areas.csv", "ONS code,Name,Type\nE08000008,Tameside,x\n")).isEqualTo(ReturnType.UNKNOWN);
		assertThat(detect("empty.csv", "")).isEqualTo(ReturnType.UNKNOWN);
		assertThat(detect("return.xlsx", "not a workbook")).isEqualTo(ReturnType.UNKNOWN);
		assertThat(detector.detect(Files.write(dir.resolve("binary.bin"), new byte[] { 0, 1, 2, 0, '\n' })))
			.isEqualTo(ReturnType.UNKNOWN);
	}

	@Test
	void letsAFeedWithTitleLinesAddItsOwnDetector() throws IOException {
		CsvColumn year = column("Year");
		CsvColumn period = column("Period Name");
		ReturnDetector withTitles = new ReturnDetector(
				List.of(new CsvHeaderDetector(ReturnType.AREAS_REFERENCE, List.of(year, period), 3)));

		assertThat(withTitles.detect(file("dtoc.csv", "Title\nSubtitle\n\nNotes\nYear,Period Name\n2016-17,OCTOBER\n")))
			.isEqualTo(ReturnType.AREAS_REFERENCE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ODS code,Name,Parent code,Parent name,Region|PROVIDERS_REFERENCE",
			"Survey,Wave,Respondent ID,Organisation type,Role,Question ID,Question,Response|SURVEY_RESPONSES",
			"Survey,Wave,Question ID,Question,Answer,Share (%),Respondents|SURVEY_AGGREGATE",
			"Episode ID,Provider code,Admission date,Admission method,Age on admission,Resident LA,Discharge date,"
					+ "Discharge destination|EPISODES" })
	void recognisesEachCsvFeedByItsHeader(String header, ReturnType type) throws IOException {
		assertThat(detect("feed.txt", header + "\nx,y\n")).isEqualTo(type);
	}

	@Test
	void recognisesTheHeaderlessTrustFileByTheShapeOfItsRecords() throws IOException {
		String trust = "RVW,NORTH TEES AND HARTLEPOOL NHS FOUNDATION TRUST,Y63,Q74,HOSPITAL ROAD,,,,TS19 8PE,19940401,,,,,,,,,,,,,,,,,\n";
		assertThat(detect("etr.csv", trust + trust.replace("RVW", "RW3"))).isEqualTo(ReturnType.PROVIDERS_REFERENCE);
		assertThat(detect("etr.csv", trust.replace("19940401", "1994-04-01"))).isEqualTo(ReturnType.UNKNOWN);
	}

	private ReturnType detect(String name, String text) throws IOException {
		return detector.detect(file(name, text));
	}

	private Path file(String name, String text) throws IOException {
		return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
	}

	private static CsvColumn column(String header) {
		ColumnSpec spec = new ColumnSpec(header, true, List.of());
		return () -> spec;
	}
}
