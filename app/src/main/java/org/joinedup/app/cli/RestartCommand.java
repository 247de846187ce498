package org.joinedup.app.cli;

import org.joinedup.app.ops.ExecutionSummaries;
import org.joinedup.app.ops.JobControl;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "restart", mixinStandardHelpOptions = true,
		description = {
				"Resumes a FAILED or STOPPED job execution where it stopped: completed steps are not run again "
						+ "and committed rows are not loaded again.",
				"An execution left STARTED by a process that died must be recovered first ('joinedup recover ID')." },
		exitCodeListHeading = "Exit codes:%n", exitCodeList = { "0:the restarted execution completed",
				"1:it failed again", "2:no such execution, or not restartable" })
class RestartCommand extends RelaunchCommand {

	RestartCommand(JobControl control, ExecutionSummaries summaries) {
		super("Restarted", control::restart, summaries);
	}

}
