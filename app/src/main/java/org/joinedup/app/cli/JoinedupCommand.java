package org.joinedup.app.cli;

import java.util.concurrent.Callable;

import org.joinedup.app.ingest.WarehouseUnavailableException;
import org.joinedup.app.ops.OpsException;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "joinedup", mixinStandardHelpOptions = true, version = "joinedup 0.1",
		description = "Ingests health and social care integration returns into a warehouse and writes the quarterly workbook.",
		subcommands = { IngestCommand.class, ReportCommand.class, NightlyCommand.class, ServeCommand.class,
				ConsoleCommand.class, JobsCommand.class, RestartCommand.class, RerunCommand.class, RecoverCommand.class,
				BackfillCommand.class, SubmissionsCommand.class, RejectionsCommand.class, UsersCommand.class,
				HelpCommand.class },
		footer = { "", "Warehouse and reports go under $JOINEDUP_HOME (default ./out). Exit codes: 0 done, "
				+ "1 failure, 2 usage, 3 some files rejected." })
class JoinedupCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	/**
	 * The command line, with its commands made by {@code factory}. An
	 * {@link OpsException} (an unknown ID, a state that does not allow what was asked) is
	 * printed as its message and exits 2, like any usage error.
	 */
	static CommandLine commandLine(CommandLine.IFactory factory) {
		CommandLine commandLine = new CommandLine(JoinedupCommand.class, factory);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setParameterExceptionHandler(new PlainUsageErrors());
		commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
			if (e instanceof OpsException) {
				command.getErr().println(e.getMessage());
				return ExitCodes.USAGE;
			}
			if (e instanceof WarehouseUnavailableException) {
				command.getErr().println(e.getMessage());
				return ExitCodes.FAILURE;
			}
			throw e;
		});
		return commandLine;
	}

	@Override
	public Integer call() {
		spec.commandLine().getErr().println("Name a command, e.g. 'joinedup nightly'.");
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}

}
