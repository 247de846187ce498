package org.joinedup.app.cli;

import java.util.concurrent.Callable;

import org.joinedup.app.ops.ExecutionSummaries;
import org.joinedup.ingest.text.ControlCharacters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that launches a job execution again from an earlier one and says how the new
 * one ended.
 */
abstract class RelaunchCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "ID", description = "The earlier execution's ID (see 'joinedup jobs').")
	long id;

	/** Launches the new execution from the earlier one's ID. */
	@FunctionalInterface
	interface Relaunch {

		JobExecution from(long executionId) throws Exception;

	}

	private final String done;

	private final Relaunch relaunch;

	private final ExecutionSummaries summaries;

	/** {@code done} says what was done, e.g. "Restarted". */
	RelaunchCommand(String done, Relaunch relaunch, ExecutionSummaries summaries) {
		this.done = done;
		this.relaunch = relaunch;
		this.summaries = summaries;
	}

	@Override
	public Integer call() throws Exception {
		JobExecution execution = relaunch.from(id);
		spec.commandLine()
			.getOut()
			.println(done + " execution " + id + " as " + ControlCharacters.escape(summaries.of(execution).line()));
		return execution.getStatus() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.FAILURE;
	}

}
