package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.joinedup.app.ops.ReturnsOverview;
import org.joinedup.report.query.ReturnLine;
import org.joinedup.report.sheet.DataQualitySheet;
import org.joinedup.report.table.Column;
import org.joinedup.report.table.TableWorkbook;
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
@Command(name = "submissions", mixinStandardHelpOptions = true,
		description = { "Expected against received returns for a quarter, per area and return type: Accepted, "
				+ "Superseded, Rejected, or Missing (an expected area of the current areas reference that sent none); "
				+ "then the non-submitters (expected areas with no accepted return)." },
		exitCodeListHeading = "Exit codes:%n", exitCodeList = { "0:listed", "2:usage" })
class SubmissionsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--quarter", required = true, paramLabel = "Q", converter = QuarterConverter.class,
			description = "The quarter, e.g. '2016-17 Q4'.")
	FinancialQuarter quarter;

	@Option(names = "--out", paramLabel = "FILE.xlsx", description = "Also write the table to this workbook.")
	Path out;

	private final ReturnsOverview returns;

	SubmissionsCommand(ReturnsOverview returns) {
		this.returns = returns;
	}

	@Override
	public Integer call() {
		PrintWriter console = spec.commandLine().getOut();
		List<ReturnLine> lines = returns.expectedAndReceived(quarter);
		List<Column<ReturnLine>> columns = DataQualitySheet.submissionColumns(quarter);
		ConsoleTable.print(console, columns, lines);
		Map<String, Long> byStatus = ReturnLine.countsByStatus(lines);
		console.println();
		console.println(quarter + ": "
				+ byStatus.entrySet()
					.stream()
					.map(e -> e.getValue() + " " + e.getKey())
					.collect(Collectors.joining(", ")));
		List<String> nonSubmitters = returns.nonSubmitters(quarter)
			.stream()
			.map(l -> l.name() + " (" + l.code()
					+ (l.status().equals(ReturnLine.MISSING) ? "" : ", " + l.status().toLowerCase(Locale.ROOT)) + ")")
			.toList();
		console.println("Non-submitters (" + nonSubmitters.size() + "): "
				+ (nonSubmitters.isEmpty() ? "none" : String.join(", ", nonSubmitters)));
		if (out != null) {
			console.println("Written: " + TableWorkbook.save(out, "Submissions", columns, lines));
		}
		return ExitCodes.OK;
	}

}
