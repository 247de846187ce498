package org.joinedup.transform.dtocla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LA workbook's rules, each on a real release altered the way a bad file would be.
 * Oct_16.xls: 'LA - by responsible org' has its header on row 14, England on row 15 and
 * Derby (E06000015, NHS 367 in column F) on row 17.
 */
class DtocLaReturnMapperTest {

	private static final String BY_ORG = "LA - by responsible org";

	@TempDir
	Path dir;

	@Test
	void anEnglandRowThatIsNotTheSumOfItsAreasIsAWarningAndTheFileLoads() throws Exception {
		Path file = altered("Oct_16.xls", book -> cell(book, BY_ORG, "F17").setCellValue(467));

		Loading loading = Loading.withReferenceData();
		SubmissionSummary loaded = loading.load(file);

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(findings(loading, loaded, "england-total-mismatch")).containsExactly(Map.of("SHEET", BY_ORG,
				"ROW_NUMBER", 15, "COLUMN_NAME", "F", "CELL_VALUE", "114651", "SEVERITY", "WARNING", "MESSAGE",
				"The England figure is 114,651 but the 154 rows below it add up to 114,751 (a difference of 100)"));
	}

	@Test
	void aNegativeOrNonNumericCountRejectsTheFileNamingItsCell() throws Exception {
		Path file = altered("Oct_16.xls", book -> {
			cell(book, BY_ORG, "F17").setCellValue(-42);
			cell(book, "LA - by reason", "G18").setCellValue("lots");
		});

		Loading loading = Loading.withReferenceData();
		SubmissionSummary loaded = loading.load(file);

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(loading.jdbc().queryForList("""
				SELECT sheet, row_number, column_name, cell_value, rule FROM finding
				WHERE submission_id = ? AND severity = 'ERROR'""", loaded.id()))
			.extracting(row -> tuple(row.get("SHEET"), row.get("ROW_NUMBER"), row.get("COLUMN_NAME"),
					row.get("CELL_VALUE"), row.get("RULE")))
			.containsExactlyInAnyOrder(tuple(BY_ORG, 17, "F", "-42", "count-negative"),
					tuple("LA - by reason", 18, "G", "lots", "not-a-number"));
		assertThat(loading.jdbc().queryForObject("SELECT COUNT(*) FROM dtoc_la_fact", Integer.class)).isZero();
	}

	@Test
	void aPeriodThatIsNotAMonthOrDiffersBetweenSheetsRejectsTheFile() throws Exception {
		Path unparseable = altered("Oct_16.xls", book -> cell(book, BY_ORG, "C5").setCellValue("Octember 2016"));
		Path mixed = altered("Oct_18.xls", book -> cell(book, "LA - by reason", "C5").setCellValue("November 2018"));

		Loading loading = Loading.withReferenceData();

		assertThat(rules(loading, loading.load(unparseable))).containsExactly("period-unparseable");
		assertThat(rules(loading, loading.load(mixed))).contains("period-mixed");
	}

	@Test
	void aWorkbookWithoutTheResponsibleOrganisationSheetIsRejected() throws Exception {
		Path file = altered("Dec_19.xls", book -> book.removeSheetAt(book.getSheetIndex(BY_ORG)));

		Loading loading = Loading.withReferenceData();
		SubmissionSummary loaded = loading.load(file);

		assertThat(loaded.returnType()).isEqualTo(ReturnType.DTOC_LA_MONTHLY);
		assertThat(rules(loading, loaded)).containsExactly("sheet-missing");
	}

	@Test
	void anLaSheetWithoutItsHeaderIsRejected() throws Exception {
		Path file = altered("Oct_14.xls", book -> cell(book, "LA - by Type of Care", "E14").setCellValue("Area"));

		Loading loading = Loading.withReferenceData();
		SubmissionSummary loaded = loading.load(file);

		assertThat(findings(loading, loaded, "header-missing")).singleElement()
			.satisfies(finding -> assertThat(finding).containsEntry("SHEET", "LA - by Type of Care"));
		assertThat(loaded.status()).isEqualTo(SubmissionStatus.REJECTED);
	}

	@Test
	void aReasonColumnOfNoReasonOfTheYearIsRejected() throws Exception {
		Path file = altered("Oct_16.xls", book -> cell(book, "LA - by reason", "O14").setCellValue("O) OTHER"));

		Loading loading = Loading.withReferenceData();
		SubmissionSummary loaded = loading.load(file);

		assertThat(findings(loading, loaded, "reason-unknown")).singleElement()
			.satisfies(finding -> assertThat(finding).containsEntry("COLUMN_NAME", "O")
				.containsEntry("CELL_VALUE", "O) OTHER"));
	}

	@Test
	void anAreaMissingFromTheReferenceIsAWarningAndItsRowsAreKeptUnderItsOwnCode() throws Exception {
		Loading loading = Loading.withReferenceData();
		SubmissionSummary loaded = loading.load(DtocLaMonthlyFunctionalTest.real("Oct_16.xls"));

		assertThat(findings(loading, loaded, "area-not-in-reference")).hasSize(139)
			.first()
			.satisfies(finding -> assertThat(finding).containsEntry("SHEET", BY_ORG)
				.containsEntry("ROW_NUMBER", 17)
				.containsEntry("COLUMN_NAME", "C")
				.containsEntry("CELL_VALUE", "E06000015"));
		assertThat(loading.jdbc().queryForList("""
				SELECT area_code, la_code, la_name, delayed_days FROM dtoc_la_fact
				WHERE breakdown = 'RESPONSIBLE_ORG' AND category = 'NHS' AND la_code IN ('507', '512', '9900')
				ORDER BY la_code"""))
			.extracting(row -> tuple(row.get("AREA_CODE"), row.get("LA_NAME"), row.get("DELAYED_DAYS")))
			.containsExactly(tuple("E06000015", "Derby UA", 367L), tuple("E06000018", "Nottingham UA", 1154L),
					tuple(null, "Resident In Wales", 439L));
	}

	@Test
	void aLegacyCodeTheReferenceGivesToAnotherAreaIsNotMappedToIt() throws Exception {
		Loading loading = Loading.withReferenceData();
		SubmissionSummary loaded = loading.load(DtocLaMonthlyFunctionalTest.real("April_12.xls"));

		assertThat(findings(loading, loaded, "legacy-code-name-mismatch"))
			.extracting(finding -> finding.get("CELL_VALUE"))
			.containsExactlyInAnyOrder("116", "724", "213");
		assertThat(loading.jdbc()
			.queryForList("""
					SELECT DISTINCT area_code FROM dtoc_la_fact WHERE la_code IN ('724', '512') ORDER BY area_code""",
					String.class))
			.containsExactly(null, "E06000018");
	}

	@Test
	void aDamagedLaWorkbookGetsTheWorkbookFindingAsAnyDamagedWorkbookDoes() throws Exception {
		byte[] real = Files.readAllBytes(DtocLaMonthlyFunctionalTest.real("Oct_16.xls"));
		Path truncated = Files.write(dir.resolve("Oct_16.xls"), Arrays.copyOf(real, real.length / 3));

		Loading loading = Loading.withReferenceData();
		SubmissionSummary loaded = loading.load(truncated);

		assertThat(loaded.returnType()).isEqualTo(ReturnType.BCF_QUARTERLY);
		assertThat(rules(loading, loaded)).containsExactly("workbook-corrupt");
	}

	@Test
	void englandsTimeSeriesRejectsAMonthTwiceOrOneThatIsNotAMonth() throws Exception {
		String byOrg = "Delayed Days by responsible org";
		Path file = altered("DTOC-England-Data_Set.xls", book -> {
			cell(book, byOrg, "C18").setCellValue("August");
			cell(book, byOrg, "C19").setCellValue("Octember");
		});

		Loading loading = Loading.withReferenceData();
		SubmissionSummary loaded = loading.load(file);

		assertThat(loaded.returnType()).isEqualTo(ReturnType.DTOC_ENGLAND_SERIES);
		assertThat(loading.jdbc()
			.queryForList("""
					SELECT sheet, row_number, column_name, cell_value, rule FROM finding WHERE submission_id = ?""",
					loaded.id()))
			.extracting(row -> tuple(row.get("SHEET"), row.get("ROW_NUMBER"), row.get("COLUMN_NAME"),
					row.get("CELL_VALUE"), row.get("RULE")))
			.containsExactly(tuple(byOrg, 18, "C", "August", "month-duplicate"),
					tuple(byOrg, 19, "C", "Octember", "period-unparseable"));
	}

	private Path altered(String real, Consumer<HSSFWorkbook> change) throws Exception {
		Path file = dir.resolve(real);
		try (InputStream in = Files.newInputStream(DtocLaMonthlyFunctionalTest.real(real));
				HSSFWorkbook book = new HSSFWorkbook(in)) {
			change.accept(book);
			try (OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
		}
		return file;
	}

	private static Cell cell(HSSFWorkbook book, String sheet, String reference) {
		CellReference at = new CellReference(reference);
		Row row = book.getSheet(sheet).getRow(at.getRow());
		Cell cell = row.getCell(at.getCol());
		return cell != null ? cell : row.createCell(at.getCol());
	}

	private static List<String> rules(Loading loading, SubmissionSummary loaded) {
		return loading.jdbc()
			.queryForList("SELECT rule FROM finding WHERE submission_id = ? AND severity = 'ERROR'", String.class,
					loaded.id());
	}

	private static List<Map<String, Object>> findings(Loading loading, SubmissionSummary loaded, String rule) {
		return loading.jdbc().queryForList("""
				SELECT sheet, row_number, column_name, cell_value, severity, message FROM finding
				WHERE submission_id = ? AND rule = ? ORDER BY id""", loaded.id(), rule);
	}

}
