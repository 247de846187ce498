package org.joinedup.app.ingest;

import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.text.ControlCharacters;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * What happened to one file in an ingest run, and the line the command line prints for
 * it. WAITING is a file that may still be arriving (modified within the quiet period, or
 * changed while it was read): nothing of it is recorded and the next run takes it.
 */
public record FileOutcome(Path file, Result result, String detail, FinancialQuarter quarter, List<Finding> findings) {

	public enum Result {

		LOADED, SUPERSEDES, DUPLICATE, WAITING, REJECTED, FAILED

	}

	public static final int FINDINGS_SHOWN = 3;

	/**
	 * The line and the first findings under it; control characters in the file's name or
	 * taken from its content are escaped, so each stays one line.
	 */
	public String line(Path base) {
		Path shown = file.startsWith(base) ? base.relativize(file) : file;
		StringBuilder line = new StringBuilder(String.format("%-11s %s  %s", result,
				ControlCharacters.escape(shown.toString()), ControlCharacters.escape(detail)));
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
