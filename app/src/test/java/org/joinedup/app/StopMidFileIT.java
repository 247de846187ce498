package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.joinedup.app.testing.JoinedupProcess;
import org.joinedup.ingest.testing.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a large workbook is being read stops the reading within moments, between
 * two rows (or two blocks of a part as it unzips), not once the file is done: the file's
 * line reads FAILED ... STOPPED and nothing of it is recorded, so the next run reads it
 * again (StopWhileReadingTest shows that run loading it).
 */
class StopMidFileIT {

	/** Figures written over and over: they compress as real data does. */
	private final String figures = RawXlsx.digits(new Random(11), 1 << 20);

	@TempDir
	Path home;

	@Test
	void aStopIsHonouredWhileAWorkbookIsReadAndLeavesItForTheNextRun() throws Exception {
		Path inbox = Files.createDirectories(home.resolve("inbox"));
		Path large = inbox.resolve("large.xlsx");
		// 230 MB of sheet, read in a small heap, within limits raised to let it be read
		try (RawXlsx xlsx = new RawXlsx(large)) {
			xlsx.sheet("Episodes", xml -> {
				for (int row = 1; row <= 5_000_000; row++) {
					int at = row % (figures.length() - 12);
					xml.write("<row r=\"" + row + "\"><c r=\"A" + row + "\"><v>" + figures.substring(at, at + 12)
							+ "</v></c></row>");
				}
			});
		}

		try (JoinedupProcess ingest = JoinedupProcess.start(home, inbox, List.of("-Xmx256m"), "ingest",
				"--joinedup.ingest.workbook-limits.sheet-size=1GB",
				"--joinedup.ingest.workbook-limits.workbook-size=1GB")) {
			ingest.await("the file to be read", () -> log().contains("Reading large.xlsx"));
			int exit = ingest.stop();
			String output = ingest.output();

			assertThat(exit).as(output).isEqualTo(1);
			assertThat(output).contains("FAILED      inbox/large.xlsx", "STOPPED")
				.contains("Ingested 1 file(s): 0 loaded, 0 supersedes, 0 duplicate, 0 waiting, 0 rejected, 1 failed")
				.doesNotContain("OutOfMemoryError", "\tat ");
		}
	}

	private String log() {
		try {
			Path log = home.resolve("logs/joinedup.log");
			return Files.exists(log) ? Files.readString(log) : "";
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
