package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.joinedup.app.ops.OpsException;
import org.joinedup.app.ops.ReturnsOverview;
import org.joinedup.report.query.FindingRow;
import org.joinedup.report.sheet.DataQualitySheet;
import org.joinedup.report.table.TableWorkbook;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "rejections", mixinStandardHelpOptions = true,
		description = "The findings of rejected returns, to send back to their submitters: file, level, severity, "
				+ "sheet, row, column, value, rule and message.",
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:listed", "2:usage, or no rejected file of that name" })
class RejectionsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--file", paramLabel = "F", description = "Only this file (its name, or a path to it).")
	Path file;

	@Option(names = "--out", paramLabel = "FILE.xlsx", description = "Also write the table to this workbook.")
	Path out;

	private final ReturnsOverview returns;

	RejectionsCommand(ReturnsOverview returns) {
		this.returns = returns;
	}

	@Override
	public Integer call() {
		String fileName = file == null ? null : file.getFileName().toString();
		List<FindingRow> findings = returns.rejections(fileName);
		if (findings.isEmpty() && fileName != null) {
			throw new OpsException("No rejected return named " + fileName + " ('joinedup rejections' lists them all).");
		}
		PrintWriter console = spec.commandLine().getOut();
		ConsoleTable.print(console, DataQualitySheet.findingColumns(), findings);
		console.println();
		console.println(findings.size() + " finding(s) of "
				+ findings.stream().map(FindingRow::fileName).distinct().count() + " rejected file(s).");
		if (out != null) {
			console.println(
					"Written: " + TableWorkbook.save(out, "Findings", DataQualitySheet.findingColumns(), findings));
		}
		return ExitCodes.OK;
	}

}
