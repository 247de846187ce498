package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.joinedup.app.testing.JoinedupProcess;
import org.joinedup.app.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code nightly} off a terminal: plain lines, no progress bar; and the log
 * file under {@code $JOINEDUP_HOME/logs}, ending with the nightly's summary line.
 */
class NightlyLogIT {

	@Test
	void offATerminalTheNightlyPrintsPlainLinesAndLogsItsSummary() throws Exception {
		Path home = Files.createTempDirectory("joinedup-home-");
		Path inbox = Files.createDirectories(home.resolve("inbox"));
		Files.copy(Samples.AREAS, inbox.resolve("areas.csv"));

		try (JoinedupProcess nightly = JoinedupProcess.start(home, inbox, "nightly")) {
			assertThat(nightly.awaitExit()).as(nightly.output()).isZero();

			List<String> lines = nightly.output().lines().toList();
			assertThat(nightly.output()).doesNotContain("\r", "\u001b", "Ingest ");
			assertThat(lines.get(0)).startsWith("LOADED").contains("areas.csv");
			assertThat(lines.get(lines.size() - 1)).startsWith("Nightly done: files 1 loaded, 0 superseded");

			Path log = home.resolve("logs").resolve("joinedup.log");
			List<String> logged = Files.readAllLines(log);
			assertThat(logged.get(logged.size() - 1)).endsWith(lines.get(lines.size() - 1));
		}
	}

}
