package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.springframework.context.ApplicationContext;

import picocli.CommandLine;

/**
 * Runs a command line against a test's application context, as {@code ./joinedup} would.
 */
public final class Cli {

	public record Result(int exitCode, String out, String err) {
	}

	private Cli() {
	}

	public static Result run(ApplicationContext context, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = JoinedupCommand.commandLine(new SpringCommandFactory(context));
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return new Result(exitCode, out.toString(), err.toString());
	}

}
