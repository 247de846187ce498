package org.joinedup.app.cli;

import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Component
@Command(name = "joinedup", mixinStandardHelpOptions = true, version = "joinedup 0.1",
		description = "Ingests health and social care integration returns into a warehouse and writes the quarterly workbook.",
		subcommands = { IngestCommand.class, ReportCommand.class, NightlyCommand.class, ServeCommand.class },
		footer = { "", "Warehouse and reports go under $JOINEDUP_HOME (default ./out). Exit codes: 0 done, "
				+ "1 failure, 2 usage, 3 some files rejected." })
class JoinedupCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getErr().println("Name a command, e.g. 'joinedup nightly'.");
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}
}
