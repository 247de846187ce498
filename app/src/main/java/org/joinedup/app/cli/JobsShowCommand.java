package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.joinedup.app.batch.ProcessStamp;
import org.joinedup.app.ops.ExecutionSummaries;
import org.joinedup.app.ops.ExecutionSummary;
import org.joinedup.app.ops.JobHistory;
import org.joinedup.ingest.text.ControlCharacters;
import org.joinedup.report.table.Column;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "show", mixinStandardHelpOptions = true,
		description = "Shows one job execution: its steps with their counts and exit messages, and the files it touched.",
		exitCodeListHeading = "Exit codes:%n", exitCodeList = { "0:shown", "2:no such execution" })
class JobsShowCommand implements Callable<Integer> {

	private static final List<Column<StepExecution>> STEPS = List.of(Column.text("Step", StepExecution::getStepName),
			Column.text("Status", StepExecution::getStatus), Column.text("Read", StepExecution::getReadCount),
			Column.text("Written", StepExecution::getWriteCount), Column.text("Skipped", StepExecution::getSkipCount),
			Column.text("Commits", StepExecution::getCommitCount),
			Column.text("Rollbacks", StepExecution::getRollbackCount),
			Column.text("Exit", s -> s.getExitStatus().getExitCode()),
			Column.text("Exit message", s -> firstLine(s.getExitStatus().getExitDescription())));

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "ID", description = "The execution's ID (see 'joinedup jobs').")
	long id;

	private final JobHistory history;

	private final ExecutionSummaries summaries;

	JobsShowCommand(JobHistory history, ExecutionSummaries summaries) {
		this.history = history;
		this.summaries = summaries;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		JobExecution execution = history.get(id);
		ExecutionSummary summary = summaries.of(execution);
		out.println("Execution " + id + " of " + summary.job() + " " + ControlCharacters.escape(summary.subject())
				+ ": " + summary.status() + ", started " + ConsoleTable.text(summary.start()) + ", took "
				+ ConsoleTable.text(summary.duration()));
		ProcessStamp.readFrom(execution.getExecutionContext()).ifPresent(p -> out.println("Ran in " + p));
		String exitMessage = firstLine(execution.getExitStatus().getExitDescription());
		if (!exitMessage.isEmpty()) {
			out.println("Exit message: " + ControlCharacters.escape(exitMessage));
		}
		out.println();
		ConsoleTable.print(out, STEPS,
				execution.getStepExecutions().stream().sorted((a, b) -> Long.compare(a.getId(), b.getId())).toList());
		out.println();
		summary.touched()
			.forEach(t -> out.println(String.format("%-11s %s", t.what(), ControlCharacters.escape(t.detail()))));
		return ExitCodes.OK;
	}

	private static String firstLine(String text) {
		return text == null || text.isBlank() ? "" : text.strip().lines().findFirst().orElse("");
	}

}
