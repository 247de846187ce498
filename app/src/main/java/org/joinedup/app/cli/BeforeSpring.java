package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.OptionalInt;

import org.springframework.objenesis.ObjenesisStd;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Answers what needs no warehouse before Spring starts: {@code --help}, {@code -V},
 * {@code help [COMMAND]}, a missing command and every usage error. Nothing is written to
 * disk and no log is opened; any other command line is left to the application.
 */
public final class BeforeSpring {

	private BeforeSpring() {
	}

	/** The exit code if the command line was answered here, else empty. */
	public static OptionalInt answer(String... args) {
		return answer(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	static OptionalInt answer(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = JoinedupCommand.commandLine(new ModelOnlyFactory());
		commandLine.setOut(out);
		commandLine.setErr(err);
		String[] commandArgs = commandArgs(args);
		ParseResult parsed;
		try {
			parsed = commandLine.parseArgs(commandArgs);
		}
		catch (ParameterException e) {
			return OptionalInt.of(PlainUsageErrors.report(e));
		}
		if (CommandLine.printHelpIfRequested(parsed)) {
			return OptionalInt.of(ExitCodes.OK);
		}
		if (!parsed.hasSubcommand()) {
			return OptionalInt.of(commandLine.execute(commandArgs));
		}
		return OptionalInt.empty();
	}

	/**
	 * The command line without Spring's own options ({@code --spring.*} and the like).
	 */
	public static String[] commandArgs(String... args) {
		return Arrays.stream(args).filter(a -> !isSpringOption(a)).toArray(String[]::new);
	}

	/** The command named on the command line ({@code ""} if none). */
	public static String commandName(String... args) {
		return Arrays.stream(commandArgs(args)).filter(a -> !a.startsWith("-")).findFirst().orElse("");
	}

	private static boolean isSpringOption(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--joinedup.") || arg.startsWith("--logging.");
	}

	/**
	 * Makes the commands without their Spring collaborators: enough for picocli to read
	 * their options and print their help, never to run them.
	 */
	private static final class ModelOnlyFactory implements CommandLine.IFactory {

		private final ObjenesisStd objenesis = new ObjenesisStd();

		@Override
		public <K> K create(Class<K> type) throws Exception {
			try {
				return CommandLine.defaultFactory().create(type);
			}
			catch (Exception needsCollaborators) {
				return objenesis.newInstance(type);
			}
		}

	}

}
