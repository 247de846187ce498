package org.joinedup.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Help, the version and usage errors are answered before the application starts, in plain
 * words; every other command line is left to it.
 */
class BeforeSpringTest {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private OptionalInt answer(String... args) {
		return BeforeSpring.answer(new PrintWriter(out, true), new PrintWriter(err, true), args);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "--help|Usage: joinedup [-hV] [COMMAND]", "-h|Commands:", "help|Usage: joinedup [-hV] [COMMAND]",
					"help report|Usage: joinedup report", "report --help|--quarter=Q",
					"jobs show --help|The execution's ID", "-V|joinedup 0.1",
					"ingest --help|Files or folders (default: the inbox" })
	void helpAndVersionAreAnsweredWithExitZero(String args, String shown) {
		assertThat(answer(args.split(" "))).hasValue(0);
		assertThat(out.toString()).contains(shown).doesNotContain("null");
		assertThat(err.toString()).isEmpty();
	}

	@Test
	void helpLinesAreNotBrokenInsideTheSchedule() {
		answer("serve", "--help");

		assertThat(out.toString()).contains("by default 0 0 2 * * ? in Europe/London");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"jobs show abc|ID: 'abc' is not an execution ID: IDs are whole numbers, as 'joinedup jobs' lists them.",
			"restart 12x|ID: '12x' is not an execution ID",
			"jobs --status done|--status: 'done' is not one of COMPLETED, STARTING, STARTED",
			"jobs --limit many|--limit: 'many' is not a whole number.",
			"report --quarter 2016-17 Q4|--quarter: '2016-17' is a year without its quarter: write '2016-17 Q4' in quotes",
			"report --quarter 2016-17Q9|--quarter: '2016-17Q9' is not a financial quarter: write it like 2016-17 Q4",
			"backfill --from 2016-17Q1|Missing required option: '--to=Q'", "bogus|'bogus' is not a joinedup command.",
			"jobs --bogus|Unknown option '--bogus' for joinedup jobs.", "reprot|Did you mean: joinedup report" })
	void usageErrorsSayWhatIsWrongInPlainWordsWithExitTwo(String args, String said) {
		assertThat(answer(args.split(" "))).hasValue(2);
		assertThat(err.toString()).contains(said)
			.contains("Usage: joinedup")
			.containsPattern("See 'joinedup[a-z ]*--help'\\.")
			.doesNotContain("is not a long", "is not an int", "Exception");
		assertThat(out.toString()).isEmpty();
	}

	@Test
	void noCommandSaysToNameOne() {
		assertThat(answer()).hasValue(2);
		assertThat(err.toString()).contains("Name a command, e.g. 'joinedup nightly'.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "nightly", "jobs --limit 1", "jobs show 3", "report --quarter 2016-17Q4",
			"ingest a b", "--joinedup.ingest.chunk-size=5 jobs", "--spring.profiles.active=postgres report" })
	void aCommandToRunIsLeftToTheApplication(String args) {
		assertThat(answer(args.split(" "))).isEmpty();
		assertThat(out.toString()).isEmpty();
		assertThat(err.toString()).isEmpty();
	}

}
