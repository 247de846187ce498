package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.joinedup.app.testing.JoinedupProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged application started with a bad setting, an unknown profile or a warehouse
 * that does not answer: it exits non-zero with one screen naming what is wrong, never a
 * stack trace. And commands started together on one H2 warehouse all run.
 */
class BadSettingsIT {

	private static final String NOT_A_FOLDER = "not-a-folder";

	@TempDir
	Path home;

	static Stream<Arguments> badStarts() {
		return Stream.of(bad("joinedup.ingest.chunk-size", "jobs", "--joinedup.ingest.chunk-size=0"),
				bad("joinedup.ingest.chunk-size", "jobs", "--joinedup.ingest.chunk-size=-5"),
				bad("joinedup.home", "jobs", "--joinedup.home=" + NOT_A_FOLDER),
				bad("joinedup.episodes.max-bad-fraction", "jobs", "--joinedup.episodes.max-bad-fraction=lots"),
				bad("joinedup.episodes.max-bad-fraction", "jobs", "--joinedup.episodes.max-bad-fraction=1.5"),
				bad("joinedup.unit-cost.delayed-day", "report", "--joinedup.unit-cost.delayed-day=-305"),
				bad("joinedup.ingest.workbook-engine", "jobs", "--joinedup.ingest.workbook-engine=sideways"),
				bad("joinedup.schedule.cron", "serve", "--joinedup.schedule.cron=0 0 2 * *"),
				bad("joinedup.schedule.zone", "jobs", "--joinedup.schedule.zone=Mars/Base"),
				bad("No such inbox: nowhere (joinedup.inbox)", "nightly", "--joinedup.inbox=nowhere"),
				bad("Unknown profile 'postgress'", "jobs", "--spring.profiles.active=postgress"),
				bad("Cannot reach the warehouse database jdbc:postgresql://127.0.0.1:1/joinedup: Connection refused",
						"jobs", "--spring.profiles.active=postgres",
						"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/joinedup"));
	}

	private static Arguments bad(String named, String... args) {
		return Arguments.of(named, args);
	}

	@ParameterizedTest(name = "{1} names {0}")
	@MethodSource("badStarts")
	void aBadStartExitsNonZeroWithOneScreenNamingTheProblemAndNoStackTrace(String named, String[] args)
			throws Exception {
		Files.createFile(home.resolve(NOT_A_FOLDER));

		try (JoinedupProcess process = JoinedupProcess.start(home, home, args)) {
			assertThat(process.awaitExit()).as(process.outputSoFar()).isNotZero();
			assertOneScreenWithoutStackTrace(process);
			assertThat(process.output()).contains(named);
		}
	}

	@Test
	void commandsStartedTogetherOnOneH2WarehouseAllRun() throws Exception {
		List<JoinedupProcess> processes = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				processes.add(JoinedupProcess.start(home, home, "jobs"));
			}
			for (JoinedupProcess process : processes) {
				assertThat(process.awaitExit()).as(process.outputSoFar()).isZero();
				assertOneScreenWithoutStackTrace(process);
				assertThat(process.output()).contains("No job executions.");
			}
		}
		finally {
			processes.forEach(JoinedupProcess::close);
		}
	}

	private static void assertOneScreenWithoutStackTrace(JoinedupProcess process) {
		assertThat(process.output().lines()).as(process.outputSoFar())
			.hasSizeLessThanOrEqualTo(30)
			.noneMatch(line -> line.matches("\\s+at .*"));
	}

}
