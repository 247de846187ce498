package org.joinedup.transform.ae;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/**
 * A table of the monthly A&E workbook: group headings over sub-headings (a group heading
 * spans the columns up to the next one), the first of which are {@code Code, Region,
 * Name}, then a row per organisation, England first.
 */
final class AeWorkbookTable {

	static final String HEADER_MISSING = "ae-header-missing";

	private final Row header;

	private final Map<AeWorkbookColumn, Integer> columns;

	private final List<Row> rows;

	private AeWorkbookTable(Row header, Map<AeWorkbookColumn, Integer> columns, List<Row> rows) {
		this.header = header;
		this.columns = columns;
		this.rows = rows;
	}

	/** The table, or empty with a finding for its header or each column it lacks. */
	static Optional<AeWorkbookTable> read(Sheet sheet, List<AeWorkbookColumn> wanted, List<Finding> findings) {
		List<Row> rows;
		try (Stream<Row> all = sheet.rows()) {
			rows = all.toList();
		}
		Optional<Row> subHeadings = rows.stream()
			.filter(row -> row.number() <= AeWorkbookSheet.HEAD_ROWS)
			.filter(row -> Stream.of("Code", "Region", "Name").allMatch(heading -> column(row, heading) >= 0))
			.findFirst();
		if (subHeadings.isEmpty()) {
			findings.add(new Finding(Level.FILE, Severity.ERROR, sheet.file(), sheet.name(), null, null, null,
					HEADER_MISSING, "The sheet has no header row with Code, Region and Name"));
			return Optional.empty();
		}
		Row header = subHeadings.get();
		Row groups = rows.stream().filter(row -> row.number() == header.number() - 1).findFirst().orElse(header);
		Map<AeWorkbookColumn, Integer> columns = columns(groups, header, wanted);
		wanted.stream()
			.filter(column -> !columns.containsKey(column))
			.forEach(missing -> findings.add(Finding.at(Level.FILE, Severity.ERROR, header.at(), missing.heading(),
					HEADER_MISSING, "The table has no column '" + missing.heading() + "' under its group heading")));
		if (columns.size() < wanted.size()) {
			return Optional.empty();
		}
		return Optional.of(new AeWorkbookTable(header, columns, rows.stream()
			.filter(row -> row.number() > header.number())
			.filter(row -> !row.cell(column(header, "Code")).isBlank() || !row.cell(column(header, "Name")).isBlank())
			.toList()));
	}

	/** Its rows below the headings, England first. */
	List<Row> rows() {
		return rows;
	}

	SourceValue cell(Row row, String heading) {
		return row.cell(column(header, heading));
	}

	SourceValue cell(Row row, AeWorkbookColumn column) {
		return row.cell(columns.get(column));
	}

	/** The row of an organisation, by its code. */
	Optional<Row> row(String code) {
		return rows.stream().filter(row -> TextMatch.same(cell(row, "Code").text(), code)).findFirst();
	}

	/** Puts the row's cell of each of this table's columns as the value of its fact. */
	void putCounts(Row row, Map<AeColumn, SourceValue> counts) {
		columns.forEach((column, index) -> counts.put(column.fact(), row.cell(index)));
	}

	private static Map<AeWorkbookColumn, Integer> columns(Row groups, Row subHeadings, List<AeWorkbookColumn> wanted) {
		Map<AeWorkbookColumn, Integer> columns = new EnumMap<>(AeWorkbookColumn.class);
		String group = "";
		for (int column = 0; column < subHeadings.width(); column++) {
			if (!groups.cell(column).isBlank()) {
				group = groups.cell(column).text();
			}
			for (AeWorkbookColumn candidate : wanted) {
				if (candidate.isHeadedBy(group, subHeadings.cell(column).text())) {
					columns.putIfAbsent(candidate, column);
				}
			}
		}
		return columns;
	}

	private static int column(Row row, String heading) {
		for (int column = 0; column < row.width(); column++) {
			if (TextMatch.same(row.cell(column).text(), heading)) {
				return column;
			}
		}
		return -1;
	}

}
