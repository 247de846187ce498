package org.joinedup.app.ingest;

import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * What happened to one file in an ingest run, and the line the command line prints for
 * it.
 */
public record FileOutcome(Path file, Result result, String detail, FinancialQuarter quarter, List<Finding> findings) {

	public enum Result {

		LOADED, SUPERSEDES, DUPLICATE, REJECTED, FAILED;

		public boolean accepted() {
			return this == LOADED || this == SUPERSEDES || this == DUPLICATE;
		}

	}

	public static final int FINDINGS_SHOWN = 3;

	public String line(Path base) {
		Path shown = file.startsWith(base) ? base.relativize(file) : file;
		StringBuilder line = new StringBuilder(String.format("%-11s %s  %s", result, shown, detail));
		findings.stream()
			.limit(FINDINGS_SHOWN)
			.forEach(f -> line.append(System.lineSeparator()).append("            - ").append(f.describe()));
		if (findings.size() > FINDINGS_SHOWN) {
			line.append(System.lineSeparator())
				.append("            ... and ")
				.append(findings.size() - FINDINGS_SHOWN)
				.append(" more (joinedup rejections)");
		}
		return line.toString();
	}
}
