package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.joinedup.app.testing.JoinedupProcess;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged application answers help and usage errors without starting: no warehouse,
 * no log, nothing written under {@code JOINEDUP_HOME}.
 */
class HelpTouchesNothingIT {

	@TempDir
	Path home;

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "--help|0|Usage: joinedup", "report --help|0|--quarter=Q", "help report|0|Usage: joinedup report",
					"-V|0|joinedup 0.1", "jobs show abc|2|'abc' is not an execution ID" })
	void isAnsweredWithoutWritingAnything(String args, int exitCode, String shown) throws Exception {
		try (JoinedupProcess process = JoinedupProcess.start(home, home, args.split(" "))) {
			assertThat(process.awaitExit()).as(process.outputSoFar()).isEqualTo(exitCode);
			assertThat(process.output()).contains(shown).doesNotContain("Spring", "INFO", "WARN");
		}
		try (Stream<Path> written = Files.list(home)) {
			assertThat(written.map(p -> p.getFileName().toString())).as("only the test's own capture of the output")
				.allMatch(name -> name.startsWith("process-") && name.endsWith(".out"));
		}
	}

}
