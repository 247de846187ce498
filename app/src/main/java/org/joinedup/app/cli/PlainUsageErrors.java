package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error as a person would say it: what was wrong with which value, the command's
 * synopsis and where to read more; never picocli's types ({@code 'abc' is not a long}).
 */
final class PlainUsageErrors implements CommandLine.IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException e, String[] args) {
		return report(e);
	}

	static int report(ParameterException e) {
		CommandLine command = e.getCommandLine();
		PrintWriter err = command.getErr();
		err.println(message(e));
		if (e instanceof UnmatchedArgumentException unmatched) {
			UnmatchedArgumentException.printSuggestions(unmatched, err);
		}
		err.print(command.getHelp().fullSynopsis());
		err.printf("See '%s --help'.%n", command.getCommandSpec().qualifiedName());
		err.flush();
		return ExitCodes.USAGE;
	}

	private static String message(ParameterException e) {
		if (e instanceof UnmatchedArgumentException unmatched) {
			return unmatched(unmatched);
		}
		ArgSpec arg = e.getArgSpec();
		if (arg == null || !(e.getCause() instanceof TypeConversionException conversion)) {
			return e.getMessage();
		}
		return name(arg) + ": " + plain(arg, e.getValue(), conversion.getMessage());
	}

	private static String unmatched(UnmatchedArgumentException e) {
		String first = e.getUnmatched().get(0);
		boolean atTop = e.getCommandLine().getParent() == null;
		if (atTop && !first.startsWith("-")) {
			return "'" + first + "' is not a joinedup command.";
		}
		return (first.startsWith("-") ? "Unknown option '" : "Unexpected '") + first + "' for "
				+ e.getCommandLine().getCommandSpec().qualifiedName() + ".";
	}

	private static String name(ArgSpec arg) {
		return arg instanceof OptionSpec option ? option.longestName() : ((PositionalParamSpec) arg).paramLabel();
	}

	private static String plain(ArgSpec arg, String value, String conversionMessage) {
		Class<?> type = arg.type();
		if (type == long.class || type == Long.class) {
			return "'" + value + "' is not an execution ID: IDs are whole numbers, as 'joinedup jobs' lists them.";
		}
		if (type == int.class || type == Integer.class) {
			return "'" + value + "' is not a whole number.";
		}
		if (type.isEnum()) {
			return "'" + value + "' is not one of "
					+ Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
					+ " (upper or lower case).";
		}
		return conversionMessage;
	}

}
