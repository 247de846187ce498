package org.joinedup.app.cli;

import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.batch.StopAfterChunk;
import org.joinedup.app.nightly.NightlyService;
import org.joinedup.app.nightly.NightlySummary;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "nightly", mixinStandardHelpOptions = true, description = {
		"What the schedule runs: ingest the inbox, then write the workbook of every quarter whose data changed.",
		"Ends with a summary line, also written to the log under $JOINEDUP_HOME/logs." },
		exitCodeListHeading = "Exit codes:%n", exitCodeList = { "0:every file accepted",
				"1:a failure, or another nightly is running", "2:no such inbox", "3:some files rejected" })
class NightlyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	private final NightlyService nightly;

	private final StopAfterChunk stop;

	private final JoinedupProperties properties;

	NightlyCommand(NightlyService nightly, StopAfterChunk stop, JoinedupProperties properties) {
		this.nightly = nightly;
		this.stop = stop;
		this.properties = properties;
	}

	@Override
	public Integer call() throws Exception {
		if (!Files.exists(properties.inbox())) {
			spec.commandLine().getErr().println("No such inbox: " + properties.inbox() + " (joinedup.inbox)");
			return ExitCodes.USAGE;
		}
		stop.requestOnSignals();
		Optional<NightlySummary> summary = nightly.run(spec.commandLine().getOut());
		if (summary.isEmpty()) {
			return ExitCodes.FAILURE;
		}
		return summary.get().reportsFailed() > 0 ? ExitCodes.FAILURE : ExitCodes.of(summary.get().files());
	}

}
