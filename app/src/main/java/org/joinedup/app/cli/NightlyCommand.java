package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.report.ReportRunner;
import org.joinedup.transform.period.FinancialQuarter;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Component
@Command(name = "nightly", mixinStandardHelpOptions = true,
		description = "What the schedule runs: ingest the inbox, then write the workbook of every quarter whose data changed.",
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:every file accepted", "1:a failure", "3:some files rejected" })
class NightlyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	private final IngestConsole console;

	private final ReportRunner reports;

	private final JoinedupProperties properties;

	NightlyCommand(IngestConsole console, ReportRunner reports, JoinedupProperties properties) {
		this.console = console;
		this.reports = reports;
		this.properties = properties;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		List<FileOutcome> outcomes = console.ingest(List.of(properties.inbox()), out);
		int exitCode = IngestConsole.exitCode(outcomes);
		int written = 0;
		int unchanged = 0;
		List<FinancialQuarter> quarters = reports.quarters();
		for (FinancialQuarter quarter : quarters) {
			try {
				Optional<Path> report = reports.reportIfChanged(quarter, properties.reportsDir());
				if (report.isPresent()) {
					out.println("REPORT      " + quarter + "  " + report.get());
					written++;
				}
				else {
					unchanged++;
				}
			}
			catch (Exception e) {
				out.println("FAILED      report " + quarter + ": " + e.getMessage());
				exitCode = ExitCodes.FAILURE;
			}
		}
		out.println("Reports: " + written + " written, " + unchanged + " unchanged since their last report, in "
				+ properties.reportsDir());
		return exitCode;
	}
}
