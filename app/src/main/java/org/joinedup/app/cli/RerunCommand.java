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
@Command(name = "rerun", mixinStandardHelpOptions = true,
		description = { "Runs a COMPLETED job again on the same inputs, as a new job execution.",
				"A report: the same quarter, from the warehouse as it is now, to the same folder.",
				"An ingest: the same file, if its bytes are unchanged, as a new submission checked against today's "
						+ "reference data; accepted, it supersedes the return's current submission." },
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:the new execution completed", "1:it failed", "2:no such execution, or not COMPLETED" })
class RerunCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "ID", description = "The execution's ID (see 'joinedup jobs').")
	long id;

	private final JobControl control;

	private final ExecutionSummaries summaries;

	RerunCommand(JobControl control, ExecutionSummaries summaries) {
		this.control = control;
		this.summaries = summaries;
	}

	@Override
	public Integer call() throws Exception {
		JobExecution rerun = control.rerun(id);
		spec.commandLine().getOut().println("Reran execution " + id + " as " + summaries.of(rerun).line());
		return rerun.getStatus() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.FAILURE;
	}
}
