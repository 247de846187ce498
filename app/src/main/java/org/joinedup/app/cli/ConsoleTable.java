package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.joinedup.ingest.text.ControlCharacters;
import org.joinedup.report.table.Column;

/**
 * Prints rows as a plain-text table for a terminal, from the same column definitions the
 * workbook tables use. Long cells are cut short with an ellipsis, and control characters
 * escaped, so that a row stays on one line.
 */
final class ConsoleTable {

	private static final int MAX_WIDTH = 50;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** A month (the only dates tables hold), as the workbook shows it. */
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private ConsoleTable() {
	}

	static <R> void print(PrintWriter out, List<Column<R>> columns, List<R> rows) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(columns.stream().map(Column::header).toList());
		for (R row : rows) {
			lines.add(columns.stream().map(c -> c.isFormula() ? "" : text(c.value().apply(row))).toList());
		}
		int[] widths = new int[columns.size()];
		for (List<String> line : lines) {
			for (int c = 0; c < widths.length; c++) {
				widths[c] = Math.max(widths[c], line.get(c).length());
			}
		}
		for (List<String> line : lines) {
			StringBuilder s = new StringBuilder();
			for (int c = 0; c < widths.length; c++) {
				s.append(String.format("%-" + widths[c] + "s", line.get(c))).append(c < widths.length - 1 ? "  " : "");
			}
			out.println(s.toString().stripTrailing());
		}
		out.flush();
	}

	static String text(Object value) {
		String text = value == null ? ""
				: value instanceof LocalDateTime t ? DATE_TIME.format(t)
						: value instanceof LocalDate m ? MONTH.format(m) : value instanceof Duration d ? duration(d)
								: value instanceof BigDecimal n ? n.toPlainString() : value.toString();
		text = ControlCharacters.escape(text.replaceAll("\\s+", " ").trim());
		return text.length() <= MAX_WIDTH ? text : text.substring(0, MAX_WIDTH - 1) + "…";
	}

	private static String duration(Duration d) {
		if (d.toHours() > 0) {
			return String.format("%dh%02dm", d.toHours(), d.toMinutesPart());
		}
		if (d.toMinutes() > 0) {
			return String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
		}
		return String.format("%d.%01ds", d.toSeconds(), d.toMillisPart() / 100);
	}

}
