package org.joinedup.transform.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.area.JdbcAreaDirectory;
import org.joinedup.transform.provider.JdbcProviderDirectory;
import org.joinedup.transform.testing.Warehouse;
import org.joinedup.warehouse.ReturnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;

class ReturnTypesTest {

	@TempDir
	Path dir;

	private final JdbcTemplate jdbc = Warehouse.fresh();

	private final ReturnMappers returns = new ReturnMappers(new LoadContext(new JdbcAreaDirectory(jdbc),
			new JdbcProviderDirectory(jdbc), Clock.systemUTC(), Workbooks.byFile(), 0.001));

	@Test
	void everyKnownTypeHasOneDefinitionInDetectionOrder() {
		assertThat(ReturnTypes.ALL.stream().map(ReturnTypeDefinition::type))
			.containsExactlyElementsOf(ReturnType.known());
	}

	@Test
	void everyFactTableInsertsIntoTheMigratedSchema() throws SQLException {
		try (Connection connection = jdbc.getDataSource().getConnection()) {
			for (ReturnTypeDefinition definition : ReturnTypes.ALL) {
				for (FactTable<?> table : definition.tables()) {
					connection.prepareStatement(table.insertSql()).close();
				}
			}
		}
	}

	@Test
	void recognisesAWorkbookOfEitherFormatWhateverItsName() throws IOException {
		assertThat(returns.detect(workbook("return.csv", new XSSFWorkbook()))).isEqualTo(ReturnType.BCF_QUARTERLY);
		assertThat(returns.detect(workbook("return.dat", new HSSFWorkbook()))).isEqualTo(ReturnType.BCF_QUARTERLY);
	}

	@Test
	void recognisesOnsPopulationEstimatesByTheirPersonsSheetBeforeTheBcfTypeTakesAnyWorkbook() throws IOException {
		XSSFWorkbook estimates = new XSSFWorkbook();
		estimates.createSheet("MYE2 - Persons");

		assertThat(returns.detect(workbook("ukmidyearestimates.xlsx", estimates)))
			.isEqualTo(ReturnType.POPULATION_REFERENCE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ONS code,Name,Type,Region,Legacy code,Population,Population 65+,Valid from,Valid to|AREAS_REFERENCE",
			"ODS code,Name,Parent code,Parent name,Region|PROVIDERS_REFERENCE",
			"Year,Period Name,Provider Org Code,Reason For Delay|DTOC_MONTHLY",
			"Period,Org Code,Parent Org,Org name|AE_MONTHLY",
			"Survey,Wave,Respondent ID,Organisation type,Role,Question ID,Question,Response|SURVEY_RESPONSES",
			"Survey,Wave,Question ID,Question,Answer,Share (%),Respondents|SURVEY_AGGREGATE",
			"Episode ID,Provider code,Admission date,Admission method,Age on admission,Resident LA,Discharge date,"
					+ "Discharge destination|EPISODES" })
	void recognisesEachCsvFeedByItsHeader(String header, ReturnType type) throws IOException {
		assertThat(returns.detect(file("feed.txt", header + "\nx,y\n"))).isEqualTo(type);
	}

	@Test
	void recognisesTheHeaderlessTrustFileAsTheProvidersReference() throws IOException {
		String trust = "\"RVW\",\"NORTH TEES AND HARTLEPOOL NHS FOUNDATION TRUST\",\"Y63\",\"QHM\",\"HOLDFORTH ROAD\","
				+ "\"\",\"\",\"HARTLEPOOL\",\"\",\"TS24 9AH\",\"19990401\",\"\",\"\",\"0\",\"\",\"A\"\n";

		assertThat(returns.detect(file("etr.csv", trust + trust.replace("RVW", "RW3"))))
			.isEqualTo(ReturnType.PROVIDERS_REFERENCE);
	}

	@Test
	void rejectsAFileOfNoTypeSayingWhatEveryTypeAccepts() throws IOException {
		MappedReturn mapped = returns.map(file("notes.csv", "Name,Comment\nx,y\n"), "notes.csv");

		assertThat(mapped.rejected()).isTrue();
		assertThat(mapped.key().type()).isEqualTo(ReturnType.UNKNOWN);
		Finding finding = mapped.findings().get(0);
		assertThat(finding.rule()).isEqualTo("not-a-recognised-return");
		ReturnTypes.ALL.forEach(definition -> assertThat(finding.message()).contains(definition.accepts()));
	}

	@Test
	void aFileNamedLikeAWorkbookThatIsNotOneIsToldSo() throws IOException {
		MappedReturn mapped = returns.map(file("return.xlsx", "not a workbook"), "return.xlsx");

		assertThat(mapped.findings()).extracting(Finding::rule).containsExactly("not-a-workbook");
	}

	private Path file(String name, String text) throws IOException {
		return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
	}

	private Path workbook(String name, Workbook book) throws IOException {
		Path file = dir.resolve(name);
		try (book; OutputStream out = Files.newOutputStream(file)) {
			book.createSheet("Cover").createRow(0).createCell(0).setCellValue("ONS code");
			book.write(out);
		}
		return file;
	}

}
