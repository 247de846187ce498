package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.testing.JoinedupProcess;
import org.joinedup.app.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report killed with SIGKILL while its workbook is being written leaves nothing at the
 * workbook's path, only a hidden temporary file, which the next report of the quarter
 * deletes as it writes the whole workbook.
 */
class WorkbookCrashIT {

	private static final String WORKBOOK = "joinedup-quarterly-2016-17-Q4.xlsx";

	@TempDir
	Path home;

	@Test
	void aReportKilledWhileWritingLeavesNoPartialWorkbookAndTheNextRunCleansUp() throws Exception {
		Path reports = home.resolve("reports");
		try (JoinedupProcess ingest = JoinedupProcess.start(home, Samples.INBOX, "ingest", Samples.AREAS.toString(),
				Samples.INBOX.resolve("bcf/2016-17/Q4").toString())) {
			assertThat(ingest.awaitExit()).as(ingest.output()).isZero();
		}

		try (JoinedupProcess report = JoinedupProcess.start(home, Samples.INBOX, "report", "--quarter", "2016-17 Q4")) {
			report.await("the report to start writing its workbook", () -> {
				assertThat(report.isAlive()).as("the report ended before it was killed:\n" + report.output()).isTrue();
				return !temporaryFiles(reports).isEmpty();
			}, Duration.ofMillis(2));
			report.kill();
		}

		assertThat(reports.resolve(WORKBOOK)).doesNotExist();
		assertThat(temporaryFiles(reports)).hasSize(1);

		try (JoinedupProcess again = JoinedupProcess.start(home, Samples.INBOX, "report", "--quarter", "2016-17 Q4")) {
			assertThat(again.awaitExit()).as(again.output()).isZero();
		}
		assertThat(temporaryFiles(reports)).isEmpty();
		try (InputStream in = Files.newInputStream(reports.resolve(WORKBOOK));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("Data quality")).isNotNull();
		}
	}

	private static List<Path> temporaryFiles(Path reports) {
		if (!Files.isDirectory(reports)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(reports)) {
			return files.filter(f -> f.getFileName().toString().startsWith("." + WORKBOOK)).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
