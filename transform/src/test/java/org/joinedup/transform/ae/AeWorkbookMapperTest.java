package org.joinedup.transform.ae;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.joinedup.ingest.detect.FileSample;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.provider.ProviderDirectory;
import org.joinedup.warehouse.period.FinancialMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R3's monthly workbook, laid out as NHS England published it in 2015-2016. */
class AeWorkbookMapperTest {

	private static final List<Object> GROUPS = List.of("", "", "", "", "A&E attendances", "", "", "",
			"A&E attendances > 4 hours from arrival to admission, transfer or discharge", "", "", "", "", "",
			"Emergency Admissions");

	private static final List<Object> HEADINGS = List.of("", "Code", "Region", "Name", "Type 1 Departments - Major A&E",
			"Type 2 Departments - Single Specialty", "Type 3 Departments - Other A&E/Minor Injury Unit",
			"Total attendances", "Type 1 Departments - Major A&E", "Type 2 Departments - Single Specialty",
			"Type 3 Departments - Other A&E/Minor Injury Unit", "Total Attendances > 4 hours",
			"Percentage in 4 hours or less (type 1)", "Percentage in 4 hours or less (all)",
			"Emergency Admissions via Type 1 A&E", "Emergency Admissions via Type 2 A&E",
			"Emergency Admissions via Type 3 and 4 A&E", "Total Emergency Admissions via A&E",
			"Other Emergency admissions (i.e not via A&E)", "Total Emergency Admissions",
			"Number of patients spending >4 hours from decision to admit to admission",
			"Number of patients spending >12 hours from decision to admit to admission");

	private static final List<Object> ENGLAND = List.of("", "-", "-", "England", 120.0, 0.0, 40.0, 160.0, 12.0, 0.0,
			1.0, 13.0, "90%", "91.9%", 30.0, 0.0, 2.0, 32.0, 10.0, 42.0, 5.0, 1.0);

	private static final List<Object> TRUST = List.of("", "RF4", "London Commissioning Region", "Barking Hospitals",
			120.0, 0.0, 0.0, 120.0, 12.0, 0.0, 0.0, 12.0, "90%", "90%", 30.0, 0.0, 0.0, 30.0, 10.0, 40.0, 5.0, 1.0);

	private static final List<Object> WALK_IN = List.of("", "NDA56", "London Commissioning Region",
			"Weybridge Walk In Centre", 0.0, 0.0, 40.0, 40.0, 0.0, 0.0, 1.0, 1.0, "N/A", "97.5%", 0.0, 0.0, 2.0, 2.0,
			0.0, 2.0, 0.0, 0.0);

	@TempDir
	Path dir;

	private final AeReturnMapper extracts = new AeReturnMapper(new AeReader(), ProviderDirectory.of(Set.of("RF4")));

	private final AeWorkbookMapper mapper = new AeWorkbookMapper(Workbooks.byFile(), extracts);

	@Test
	void mapsEachProviderOntoTheExtractsFactsWithEnglandAsTheCheckTotal() throws IOException {
		Path file = workbook(HEADINGS);

		MappedReturn mapped = mapper.map(file, "ae.xls");

		assertThat(AeMonthlyType.DEFINITION.detector().matches(FileSample.of(file))).isTrue();
		assertThat(mapped.rejected()).isFalse();
		assertThat(mapped.key().month()).isEqualTo(new FinancialMonth(2016, Month.OCTOBER));
		assertThat(mapped.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("ods-code-unknown");
			assertThat(f.isError()).isFalse();
			assertThat(f.sheet()).isEqualTo("A&E Data");
			assertThat(f.row()).isEqualTo(20);
			assertThat(f.column()).isEqualTo("B");
			assertThat(f.value()).isEqualTo("NDA56");
		});
		assertThat(mapped.facts()).hasSize(2);
		AeFact trust = (AeFact) mapped.facts().get(0);
		assertThat(trust.parentOrg()).isEqualTo("London Commissioning Region");
		assertThat(trust.sourceRow()).isEqualTo(19);
		assertThat(trust.counts().get(AeColumn.ATTENDANCES_TYPE_1)).isEqualTo(120);
		assertThat(trust.counts().get(AeColumn.OTHER_EMERGENCY)).isEqualTo(10);
		assertThat(trust.counts().get(AeColumn.WAITED_4_TO_12_HOURS)).as("over 4 hours less over 12").isEqualTo(4);
		assertThat(trust.counts().get(AeColumn.WAITED_OVER_12_HOURS)).isEqualTo(1);
		assertThat(trust.counts().get(AeColumn.BOOKED_TYPE_1)).isNull();
	}

	@Test
	void aMissingColumnRejectsTheWorkbookNamingItsHeading() throws IOException {
		List<Object> headings = new ArrayList<>(HEADINGS);
		headings.set(15, "Emergency Admissions via Type 2");

		MappedReturn mapped = mapper.map(workbook(headings), "ae.xls");

		assertThat(mapped.rejected()).isTrue();
		assertThat(mapped.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("ae-header-missing");
			assertThat(f.sheet()).isEqualTo("A&E Data");
			assertThat(f.row()).isEqualTo(16);
			assertThat(f.value()).isEqualTo("Emergency Admissions via Type 2 A&E");
		});
	}

	@Test
	void aPeriodThatDoesNotParseIsOneFindingAtItsCell() throws IOException {
		MappedReturn mapped = mapper.map(workbook(HEADINGS, "Octobre 2016"), "ae.xls");

		assertThat(mapped.rejected()).isTrue();
		assertThat(mapped.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("period-unparseable");
			assertThat(f.row()).isEqualTo(6);
			assertThat(f.column()).isEqualTo("C");
			assertThat(f.value()).isEqualTo("Octobre 2016");
		});
	}

	private Path workbook(List<Object> headings) throws IOException {
		return workbook(headings, "October 2016");
	}

	private Path workbook(List<Object> headings, String period) throws IOException {
		Path file = dir.resolve("ae.xls");
		try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("A&E Data");
			write(sheet, 2, List.of("", "Title:", "A&E Attendances & Emergency Admisson monthly statistics"));
			write(sheet, 6, List.of("", "Period:", period));
			write(sheet, 7, List.of("", "Source:", "Unify2 data collection - MSitAE"));
			write(sheet, 14, List.of("", "Provider Level Data"));
			write(sheet, 15, GROUPS);
			write(sheet, 16, headings);
			write(sheet, 17, ENGLAND);
			write(sheet, 19, TRUST);
			write(sheet, 20, WALK_IN);
			workbook.write(out);
		}
		return file;
	}

	private static void write(Sheet sheet, int rowNumber, List<Object> values) {
		Row row = sheet.createRow(rowNumber - 1);
		for (int column = 0; column < values.size(); column++) {
			if (values.get(column) instanceof Double number) {
				row.createCell(column).setCellValue(number);
			}
			else {
				row.createCell(column).setCellValue((String) values.get(column));
			}
		}
	}

}
