package org.joinedup.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.report.ReportRunner;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Writes the quarterly workbook joinedup-quarterly-YYYY-YY-Qn.xlsx and prints its path.",
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:written", "1:failure", "2:usage, or no returns for the quarter" })
class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--quarter", paramLabel = "Q", converter = QuarterConverter.class,
			description = "The quarter, e.g. '2016-17 Q4' (default: the latest quarter with returns).")
	FinancialQuarter quarter;

	@Option(names = "--out", paramLabel = "DIR", description = "Folder to write to (default: $JOINEDUP_HOME/reports).")
	Path out;

	@Option(names = "--allow-empty", description = "Write the workbook even if no return was received for the quarter.")
	boolean allowEmpty;

	private final ReportRunner runner;

	private final JoinedupProperties properties;

	private final Clock clock;

	ReportCommand(ReportRunner runner, JoinedupProperties properties, Clock clock) {
		this.runner = runner;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Integer call() throws Exception {
		FinancialQuarter current = FinancialQuarter.containing(LocalDate.now(clock));
		if (quarter != null && quarter.isAfter(current)) {
			spec.commandLine()
				.getErr()
				.println(quarter + " has not begun yet: the current quarter is " + current + ".");
			return ExitCodes.USAGE;
		}
		Optional<FinancialQuarter> wanted = Optional.ofNullable(quarter).or(runner::latestQuarter);
		if (wanted.isEmpty()) {
			spec.commandLine().getErr().println("The warehouse holds no returns yet: run 'joinedup ingest' first.");
			return ExitCodes.FAILURE;
		}
		if (!allowEmpty && !runner.quarters().contains(wanted.get())) {
			spec.commandLine()
				.getErr()
				.println("No returns were received for " + wanted.get()
						+ ": nothing to report. The quarters with returns: "
						+ runner.quarters().stream().map(Object::toString).collect(Collectors.joining(", "))
						+ ". Add --allow-empty to write an empty workbook anyway.");
			return ExitCodes.USAGE;
		}
		Path written = runner.report(wanted.get(), out == null ? properties.reportsDir() : out);
		spec.commandLine().getOut().println(written);
		return ExitCodes.OK;
	}

}
