package org.joinedup.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.file.NewWorkbook;
import org.joinedup.report.file.WorkbookFile;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.ReportDataLoader;
import org.joinedup.report.sheet.QuarterlyWorkbook;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * Writes the quarterly workbook {@code joinedup-quarterly-2016-17-Q4.xlsx} from the
 * warehouse.
 */
public final class QuarterlyReportWriter {

	private final ReportDataLoader loader;

	private final ReportSettings settings;

	public QuarterlyReportWriter(DataSource dataSource, ReportSettings settings) {
		this.loader = new ReportDataLoader(Objects.requireNonNull(dataSource, "dataSource"));
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	public static String fileName(FinancialQuarter quarter) {
		return "joinedup-quarterly-" + quarter.slug() + ".xlsx";
	}

	/**
	 * Writes the workbook; its final path only ever holds a whole workbook (see
	 * {@link WorkbookFile}).
	 * @return the workbook's path
	 */
	public Path write(FinancialQuarter quarter, Path outDir, ReportRun run) {
		// The first workbook in a JVM loads POI's schema types, a large part of a
		// report's time: done meanwhile, instead of after the data has loaded.
		CompletableFuture<XSSFWorkbook> blank = CompletableFuture.supplyAsync(NewWorkbook::create);
		ReportData data = loader.load(quarter, settings, run);
		return WorkbookFile.save(outDir.resolve(fileName(quarter)),
				() -> new QuarterlyWorkbook().build(blank.join(), data));
	}

}
