package org.joinedup.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import javax.sql.DataSource;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.ReportDataLoader;
import org.joinedup.report.sheet.QuarterlyWorkbook;

/** Writes the quarterly workbook {@code joinedup-quarterly-2016-17-Q4.xlsx} from the warehouse. */
public final class QuarterlyReportWriter {

	private final ReportDataLoader loader;
	private final ReportSettings settings;

	public QuarterlyReportWriter(DataSource dataSource, ReportSettings settings) {
		this.loader = new ReportDataLoader(Objects.requireNonNull(dataSource, "dataSource"));
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	public static String fileName(ReportQuarter quarter) {
		return "joinedup-quarterly-" + quarter.fileSlug() + ".xlsx";
	}

	/**
	 * Writes the workbook to a temporary file in {@code outDir}, then moves it into place atomically, so that a
	 * reader never sees a half-written workbook and an existing one is replaced whole.
	 *
	 * @return the workbook's path
	 */
	public Path write(ReportQuarter quarter, Path outDir, ReportRun run) {
		ReportData data = loader.load(quarter, settings, run);
		Path target = outDir.resolve(fileName(quarter));
		Path temp = null;
		try {
			Files.createDirectories(outDir);
			temp = Files.createTempFile(outDir, "." + fileName(quarter) + ".", ".tmp");
			try (XSSFWorkbook workbook = new QuarterlyWorkbook().build(data);
					OutputStream out = Files.newOutputStream(temp)) {
				workbook.write(out);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			return target;
		} catch (IOException e) {
			throw new UncheckedIOException("could not write " + target, e);
		} finally {
			deleteQuietly(temp);
		}
	}

	private static void deleteQuietly(Path temp) {
		if (temp == null) {
			return;
		}
		try {
			Files.deleteIfExists(temp);
		} catch (IOException ignored) {
			// the temporary file is hidden and named as such; a leftover does no harm
		}
	}
}
