package org.joinedup.transform.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R5's populations from ONS's real mid-2019 estimates workbook, and each of its rules on
 * a copy of it altered here. Figures are as the workbook has them (sheet
 * {@code MYE2 - Persons}).
 */
class PopulationReferenceFunctionalTest {

	private static final Path ONS_WORKBOOK = Loading.real("reference/ukmidyearestimates20192020ladcodes.xls");

	private static final String PERSONS = "MYE2 - Persons";

	/** 0-based rows and columns of the sheet, as POI counts them. */
	private static final int TITLE_ROW = 2, HEADER_ROW = 4, ENGLAND_ROW = 8, DARLINGTON_ROW = 11, HARTLEPOOL_ROW = 12,
			TAMESIDE_ROW = 45, ALL_AGES_COLUMN = 3;

	@TempDir
	Path dir;

	@Test
	void loadsOnsMidYearEstimatesForEveryUpperTierAuthorityOfEngland() throws Exception {
		Loading loading = new Loading();

		SubmissionSummary loaded = loading.load(ONS_WORKBOOK);

		assertThat(loaded.returnType()).isEqualTo(ReturnType.POPULATION_REFERENCE);
		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loaded.orgName()).isEqualTo("mid-2019");
		assertThat(loaded.warningCount()).isZero();
		// 57 unitary authorities, 36 metropolitan districts, 33 London boroughs, 25
		// counties
		assertThat(loading.factRows(PopulationReferenceType.DEFINITION, loaded.id())).isEqualTo(151);
		assertThat(loading.jdbc()
			.queryForMap("SELECT CAST(SUM(population) AS BIGINT) AS england,"
					+ " CAST(SUM(population_65) AS BIGINT) AS england_65,"
					+ " MIN(mid_year) AS first_year, MAX(mid_year) AS last_year FROM area_population"))
			.containsEntry("ENGLAND", 56_286_961L)
			.containsEntry("ENGLAND_65", 10_353_716L)
			.containsEntry("FIRST_YEAR", 2019)
			.containsEntry("LAST_YEAR", 2019);
		assertThat(loading.jdbc()
			.queryForList("SELECT ons_code, name, geography, population, population_65, source_sheet, source_row"
					+ " FROM area_population WHERE ons_code IN ('E08000008', 'E06000058', 'E10000014', 'W06000015')"
					+ " ORDER BY ons_code"))
			.extracting(row -> Arrays.asList(row.values().toArray()))
			.containsExactly(
					List.of("E06000058", "Bournemouth, Christchurch and Poole", "Unitary Authority", 395_331L, 86_297L,
							PERSONS, 332),
					List.of("E08000008", "Tameside", "Metropolitan District", 226_493L, 40_026L, PERSONS, 46),
					List.of("E10000014", "Hampshire", "County", 1_382_542L, 300_537L, PERSONS, 279));
	}

	@Test
	void aDamagedWorkbookIsLeftToTheBcfReaderWhichSaysWhy() throws Exception {
		byte[] bytes = Files.readAllBytes(ONS_WORKBOOK);
		Path truncated = Files.write(dir.resolve("ukmidyearestimates.xls"), Arrays.copyOf(bytes, 40_000));

		SubmissionSummary loaded = new Loading().load(truncated);

		assertThat(loaded.returnType()).isEqualTo(ReturnType.BCF_QUARTERLY);
		assertThat(loaded.status()).isEqualTo(SubmissionStatus.REJECTED);
	}

	@Test
	void rejectsAWorkbookWhosePersonsSheetIsHidden() throws Exception {
		assertThat(findings(altered(book -> {
			book.setActiveSheet(0);
			book.setSelectedTab(0);
			book.setSheetHidden(book.getSheetIndex(PERSONS), true);
		}))).containsExactly(tuple("population-sheet-missing", null, null, null, null));
	}

	@Test
	void rejectsASheetWithoutTheHeaderRow() throws Exception {
		assertThat(findings(altered(book -> cell(book, HEADER_ROW, ALL_AGES_COLUMN, "Total"))))
			.containsExactly(tuple("population-header-missing", PERSONS, null, null, null));
	}

	@Test
	void rejectsASheetWhoseTitleNamesNoYear() throws Exception {
		assertThat(findings(altered(book -> cell(book, TITLE_ROW, 0, "MYE2: Population estimates: Persons"))))
			.containsExactly(tuple("mid-year-missing", PERSONS, null, null, null));
	}

	@Test
	void rejectsAMalformedOrDuplicateOnsCode() throws Exception {
		assertThat(findings(altered(book -> {
			cell(book, TAMESIDE_ROW, 0, "E0800008");
			cell(book, HARTLEPOOL_ROW, 0, "E06000005");
		}))).containsExactly(tuple("ons-code-duplicate", PERSONS, 13, "A", "E06000005"),
				tuple("ons-code-malformed", PERSONS, 46, "A", "E0800008"));
	}

	@Test
	void rejectsAnAreaWithFewerPeopleOfAllAgesThanAged65AndOver() throws Exception {
		assertThat(findings(altered(book -> cell(book, DARLINGTON_ROW, ALL_AGES_COLUMN, 100.0))))
			.containsExactly(tuple("population-65-over-all-ages", PERSONS, 12, "D", "100"));
	}

	@Test
	void warnsWhenEnglandIsNotTheSumOfItsAreasAndStillLoads() throws Exception {
		Path file = altered(book -> cell(book, ENGLAND_ROW, ALL_AGES_COLUMN, 56_286_962.0));
		Loading loading = new Loading();

		SubmissionSummary loaded = loading.load(file);

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(findings(loading, loaded))
			.containsExactly(tuple("england-total-mismatch", PERSONS, 9, "D", "56286962"));
	}

	private List<Tuple> findings(Path file) throws Exception {
		Loading loading = new Loading();
		SubmissionSummary loaded = loading.load(file);
		assertThat(loaded.returnType()).isEqualTo(ReturnType.POPULATION_REFERENCE);
		assertThat(loaded.status()).isEqualTo(SubmissionStatus.REJECTED);
		return findings(loading, loaded);
	}

	private static List<Tuple> findings(Loading loading, SubmissionSummary loaded) {
		return loading.jdbc()
			.queryForList("SELECT rule, sheet, row_number, column_name, cell_value FROM finding"
					+ " WHERE submission_id = ? ORDER BY row_number, rule", loaded.id())
			.stream()
			.map(Map::values)
			.map(values -> tuple(values.toArray()))
			.toList();
	}

	private Path altered(Consumer<HSSFWorkbook> change) throws IOException {
		Path copy = dir.resolve("ukmidyearestimates-altered.xls");
		try (InputStream in = Files.newInputStream(ONS_WORKBOOK);
				HSSFWorkbook book = new HSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(copy)) {
			change.accept(book);
			book.write(out);
		}
		return copy;
	}

	private static void cell(HSSFWorkbook book, int row, int column, Object value) {
		HSSFSheet sheet = book.getSheet(PERSONS);
		if (value instanceof Double number) {
			sheet.getRow(row).getCell(column).setCellValue(number);
		}
		else {
			sheet.getRow(row).getCell(column).setCellValue((String) value);
		}
	}

}
