package org.joinedup.app.cli;

import java.util.concurrent.Callable;

import org.joinedup.app.ops.ExecutionSummaries;
import org.joinedup.app.ops.JobControl;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "restart", mixinStandardHelpOptions = true,
		description = { "Resumes a FAILED or STOPPED job execution where it stopped: completed steps are not run again "
				+ "and committed rows are not loaded again.",
				"An execution left STARTED by a process that died must be recovered first ('joinedup recover ID')." },
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:the restarted execution completed", "1:it failed again", "2:no such execution, or not restartable" })
class RestartCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "ID", description = "The execution's ID (see 'joinedup jobs --status FAILED').")
	long id;

	private final JobControl control;

	private final ExecutionSummaries summaries;

	RestartCommand(JobControl control, ExecutionSummaries summaries) {
		this.control = control;
		this.summaries = summaries;
	}

	@Override
	public Integer call() throws Exception {
		JobExecution restarted = control.restart(id);
		spec.commandLine().getOut().println("Restarted execution " + id + " as " + summaries.of(restarted).line());
		return restarted.getStatus() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.FAILURE;
	}
}
