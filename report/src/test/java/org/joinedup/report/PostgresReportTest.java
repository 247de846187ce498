package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's SQL on the real PostgreSQL ({@link Postgres}), in a schema of its own that
 * is dropped afterwards.
 */
class PostgresReportTest {

	private static final String SCHEMA = "report_test_"
			+ UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private static Warehouse warehouse;

	@TempDir
	Path out;

	@BeforeAll
	static void migrate() {
		Postgres.assumeAnswers();
		warehouse = Warehouse.postgres(Postgres.SERVER, Postgres.USER, SCHEMA);
		BcfFixture.load(warehouse);
	}

	@AfterAll
	static void drop() {
		if (warehouse != null) {
			warehouse.dropSchema(SCHEMA);
		}
	}

	@Test
	void namedCellsMatchTheHandComputedFigures() throws Exception {
		Path path = new QuarterlyReportWriter(warehouse.dataSource, BcfFixture.SETTINGS)
			.write(new FinancialQuarter(2016, 2), out, BcfFixture.RUN);
		try (InputStream in = Files.newInputStream(path); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			BcfFixture.EXPECTED_Q2.forEach((name, value) -> {
				CellReference ref = new CellReference(workbook.getName(name).getRefersToFormula());
				Cell cell = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
				CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
						: cell.getCellType();
				assertThat(type).as(name).isEqualTo(CellType.NUMERIC);
				assertThat(cell.getNumericCellValue()).as(name).isCloseTo(value, within(1e-9));
			});
			assertThat(workbook.getTable("Submissions").getRowCount()).as("and totals").isEqualTo(1 + 7 + 1);
			assertThat(workbook.getTable("Findings").getRowCount()).isEqualTo(1 + 4);
			assertThat(workbook.getTable("SourceFiles").getRowCount()).isEqualTo(1 + 5);
		}
		assertThat(new ReportableQuarters(warehouse.dataSource).withReturns()).hasSize(3);
	}

}
