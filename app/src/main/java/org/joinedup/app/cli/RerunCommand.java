package org.joinedup.app.cli;

import org.joinedup.app.ops.ExecutionSummaries;
import org.joinedup.app.ops.JobControl;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "rerun", mixinStandardHelpOptions = true,
		description = { "Runs a COMPLETED job again on the same inputs, as a new job execution.",
				"A report: the same quarter, from the warehouse as it is now, to the same folder.",
				"An ingest: the same file, if its bytes are unchanged, as a new submission checked against today's "
						+ "reference data; accepted, it supersedes the return's current submission." },
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:the new execution completed", "1:it failed", "2:no such execution, or not COMPLETED" })
class RerunCommand extends RelaunchCommand {

	RerunCommand(JobControl control, ExecutionSummaries summaries) {
		super("Reran", control::rerun, summaries);
	}

}
