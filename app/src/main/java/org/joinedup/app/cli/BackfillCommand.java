package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.ops.Backfill;
import org.joinedup.app.ops.Backfill.Only;
import org.joinedup.app.ops.Backfill.Plan;
import org.joinedup.app.ops.ExecutionSummaries;
import org.joinedup.report.table.Column;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "backfill", mixinStandardHelpOptions = true,
		description = { "Rebuilds the workbooks of a range of quarters, listing each quarter, whether it runs and why.",
				"missing: quarters with no completed report of the warehouse as it is now; failed: quarters whose "
						+ "last report failed; all: every quarter of the range." },
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:every report written (or a dry run)", "1:a report failed", "2:usage" })
class BackfillCommand implements Callable<Integer> {

	private static final List<Column<Plan>> COLUMNS = List.of(Column.text("Quarter", Plan::quarter),
			Column.text("Run", p -> p.selected() ? "yes" : "no"), Column.text("Why", Plan::why));

	@Spec
	CommandSpec spec;

	@Option(names = "--from", required = true, paramLabel = "Q", converter = QuarterConverter.class,
			description = "First quarter, e.g. '2015-16 Q1'.")
	FinancialQuarter from;

	@Option(names = "--to", required = true, paramLabel = "Q", converter = QuarterConverter.class,
			description = "Last quarter, e.g. '2016-17 Q4'.")
	FinancialQuarter to;

	@Option(names = "--only", paramLabel = "WHICH", defaultValue = "missing",
			description = "missing, failed or all (default: ${DEFAULT-VALUE}).")
	Only only;

	@Option(names = "--dry-run", description = "List what would run, and why, without running it.")
	boolean dryRun;

	private final Backfill backfill;

	private final ExecutionSummaries summaries;

	private final JoinedupProperties properties;

	BackfillCommand(Backfill backfill, ExecutionSummaries summaries, JoinedupProperties properties) {
		this.backfill = backfill;
		this.summaries = summaries;
		this.properties = properties;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		List<Plan> plans = backfill.plan(from, to, only);
		ConsoleTable.print(out, COLUMNS, plans);
		long selected = plans.stream().filter(Plan::selected).count();
		if (dryRun) {
			out.println("Dry run: " + selected + " of " + plans.size() + " quarter(s) would be reported (--only "
					+ only.name().toLowerCase() + ").");
			return ExitCodes.OK;
		}
		Path reportsDir = properties.reportsDir();
		int exitCode = ExitCodes.OK;
		for (JobExecution run : backfill.run(plans, reportsDir)) {
			out.println(summaries.of(run).line());
			if (run.getStatus() != BatchStatus.COMPLETED) {
				exitCode = ExitCodes.FAILURE;
			}
		}
		out.println("Backfill: " + selected + " report(s) run, in " + reportsDir);
		return exitCode;
	}

}
