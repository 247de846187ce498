package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report reads the warehouse as one snapshot of its own, even inside its caller's
 * transaction: a nightly that commits a return between two of the report's queries
 * changes nothing in the workbook, on H2 and on PostgreSQL.
 */
class ReportSnapshotTest {

	private static final FinancialQuarter Q2 = new FinancialQuarter(2016, 2);

	private static final long LATE_RETURN = 95;

	@TempDir
	Path out;

	private Warehouse warehouse;

	private String schema;

	@AfterEach
	void dropSchema() {
		if (schema != null) {
			warehouse.dropSchema(schema);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aReturnCommittedBetweenTwoQueriesIsNotInTheWorkbook(String database) throws Exception {
		warehouse = warehouse(database);
		BcfFixture.load(warehouse);
		Contents before = contents(write(warehouse.dataSource));

		AtomicBoolean loaded = new AtomicBoolean();
		// Hartlepool's return is committed once the report has found which areas
		// reported, before it reads savings.
		DataSource interleaved = beforeStatement("savings_scheme_fact", () -> {
			if (loaded.compareAndSet(false, true)) {
				loadHartlepoolReturn();
			}
		});
		// inside a transaction of the caller's, as the report step runs it
		Contents during = contents(new TransactionTemplate(new DataSourceTransactionManager(interleaved))
			.execute(status -> write(interleaved)));

		assertThat(loaded).as("the load ran while the report was reading").isTrue();
		assertThat(during).isEqualTo(before);
		Contents after = contents(write(warehouse.dataSource));
		assertThat(after.submissions()).as("the committed return shows in the next report")
			.anySatisfy(row -> assertThat(row).contains("hartlepool-2016-17-q2.xlsx", "Accepted"));
		assertThat(after.named().get("Areas_Reporting")).isNotEqualTo(before.named().get("Areas_Reporting"));
	}

	private Warehouse warehouse(String database) {
		if (database.equals("h2")) {
			return Warehouse.migrated();
		}
		Postgres.assumeAnswers();
		schema = "snapshot_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		return Warehouse.postgres(Postgres.SERVER, Postgres.USER, schema);
	}

	/**
	 * As a nightly would: the file, its accepted submission and its facts, committed on a
	 * connection of its own.
	 */
	private void loadHartlepoolReturn() {
		LocalDateTime received = LocalDateTime.of(2016, 10, 25, 10, 0);
		warehouse.file(LATE_RETURN, "hartlepool-2016-17-q2.xlsx", received);
		warehouse.submission(LATE_RETURN, "BCF_QUARTERLY", BcfFixture.HARTLEPOOL, 2016, 2, "ACCEPTED", received);
		warehouse.metrics(LATE_RETURN, BcfFixture.HARTLEPOOL, 2016, 2, new int[] { 3000, 2950, 3100 },
				new int[] { 500, 460, 470 }, 12, 31, 41);
		warehouse.spend(LATE_RETURN, BcfFixture.HARTLEPOOL, 2016, 2, 30000, 29000);
		warehouse.scheme(LATE_RETURN, BcfFixture.HARTLEPOOL, 2016, 2, "H1", "Home first", "Discharge", 60000, 20000,
				"On track");
	}

	private Path write(DataSource dataSource) {
		return new QuarterlyReportWriter(dataSource, BcfFixture.SETTINGS).write(Q2, out, BcfFixture.RUN);
	}

	/**
	 * The warehouse's DataSource, running {@code action} before any statement whose SQL
	 * names {@code table}.
	 */
	private DataSource beforeStatement(String table, Runnable action) {
		return new DelegatingDataSource(warehouse.dataSource) {
			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
						new Class<?>[] { Connection.class }, (proxy, method, args) -> {
							if (method.getName().startsWith("prepare") && args[0] instanceof String sql
									&& sql.contains(table)) {
								action.run();
							}
							try {
								return method.invoke(connection, args);
							}
							catch (InvocationTargetException e) {
								throw e.getCause();
							}
						});
			}
		};
	}

	private static Contents contents(Path workbook) throws IOException {
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			DataFormatter format = new DataFormatter();
			Map<String, String> named = new TreeMap<>();
			for (XSSFName name : book.getAllNames()) {
				if (name.getNameName().startsWith("_xlnm.")) {
					continue; // a sheet's print titles
				}
				CellReference ref = new AreaReference(name.getRefersToFormula(), book.getSpreadsheetVersion())
					.getFirstCell();
				Cell cell = book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
				named.put(name.getNameName(),
						cell == null ? ""
								: format.formatCellValue(cell)
										+ (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
												? "=" + cell.getNumericCellValue() : ""));
			}
			List<List<String>> submissions = new ArrayList<>();
			XSSFTable table = book.getTable("Submissions");
			for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex() - table.getTotalsRowCount(); r++) {
				List<String> row = new ArrayList<>();
				for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
					Cell cell = book.getSheet(table.getSheetName()).getRow(r).getCell(c);
					row.add(cell == null ? "" : format.formatCellValue(cell));
				}
				submissions.add(row);
			}
			return new Contents(named, submissions, book.getTable("SourceFiles").getRowCount());
		}
	}

	/**
	 * What a reader sees: every named figure, every row of the Submissions table and how
	 * many source files.
	 */
	record Contents(Map<String, String> named, List<List<String>> submissions, int sourceFiles) {
	}

}
