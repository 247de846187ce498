package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.joinedup.app.ops.ExecutionSummaries;
import org.joinedup.app.ops.ExecutionSummary;
import org.joinedup.app.ops.JobHistory;
import org.joinedup.app.ops.OpsException;
import org.joinedup.report.table.Column;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "jobs", mixinStandardHelpOptions = true, subcommands = JobsShowCommand.class,
		description = {
				"Lists the latest job executions, newest first: ingests (one per file) and reports (one per quarter).",
				"Key is the file or the quarter; Outcome the submission's status (ingest) or WRITTEN (report)." },
		exitCodeListHeading = "Exit codes:%n", exitCodeList = { "0:listed", "2:usage" })
class JobsCommand implements Callable<Integer> {

	static final List<Column<ExecutionSummary>> COLUMNS = List.of(Column.text("ID", ExecutionSummary::id),
			Column.text("Job", ExecutionSummary::job), Column.text("Key", ExecutionSummary::subject),
			Column.text("Status", ExecutionSummary::status), Column.text("Started", ExecutionSummary::start),
			Column.text("Duration", ExecutionSummary::duration), Column.text("Read", ExecutionSummary::read),
			Column.text("Written", ExecutionSummary::written), Column.text("Skipped", ExecutionSummary::skipped),
			Column.text("Outcome", ExecutionSummary::outcome));

	@Spec
	CommandSpec spec;

	@Option(names = "--status", paramLabel = "S",
			description = "Only executions with this status: ${COMPLETION-CANDIDATES}.")
	BatchStatus status;

	@Option(names = "--limit", paramLabel = "N", defaultValue = "20",
			description = "At most N executions (default: ${DEFAULT-VALUE}).")
	int limit;

	private final JobHistory history;

	private final ExecutionSummaries summaries;

	JobsCommand(JobHistory history, ExecutionSummaries summaries) {
		this.history = history;
		this.summaries = summaries;
	}

	@Override
	public Integer call() {
		if (limit < 1) {
			throw new OpsException("--limit must be at least 1.");
		}
		PrintWriter out = spec.commandLine().getOut();
		List<ExecutionSummary> rows = history.recent(status, limit).stream().map(summaries::of).toList();
		if (rows.isEmpty()) {
			out.println("No job executions" + (status == null ? "" : " with status " + status) + ".");
			return ExitCodes.OK;
		}
		ConsoleTable.print(out, COLUMNS, rows);
		return ExitCodes.OK;
	}

}
