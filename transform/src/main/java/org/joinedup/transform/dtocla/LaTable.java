package org.joinedup.transform.dtocla;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/**
 * One LA sheet as it stands: its {@code Period:}, its header row (found by {@code Code}
 * and {@code Name}; {@code ONS Geography} from 2015 on), the England row and the rows of
 * the areas. A row is an area's when its Name is filled, which leaves out the notes below
 * the table.
 *
 * @param onsColumn the 0-based column of {@code ONS Geography}, or -1 when the release
 * has none
 */
record LaTable(LaBreakdown breakdown, String sheet, SourceValue period, Row header, int onsColumn, int codeColumn,
		int nameColumn, Row england, List<Row> areas) {

	static final int HEADER_SEARCH_ROWS = 20;

	static final String HEADER_MISSING = "header-missing";

	/** The sheet's table, or empty after adding a FILE-level finding when it has none. */
	static Optional<LaTable> read(Sheet sheet, LaBreakdown breakdown, List<Finding> findings) {
		List<Row> rows;
		try (Stream<Row> all = sheet.rows()) {
			rows = all.toList();
		}
		Optional<Row> header = rows.stream()
			.filter(row -> row.number() <= HEADER_SEARCH_ROWS)
			.filter(row -> column(row, "Code") >= 0 && column(row, "Name") >= 0)
			.findFirst();
		if (header.isEmpty()) {
			findings.add(new Finding(Level.FILE, Severity.ERROR, sheet.file(), sheet.name(), null, null, null,
					HEADER_MISSING, "The sheet '" + sheet.name()
							+ "' has no header row with Code and Name in its first " + HEADER_SEARCH_ROWS + " rows"));
			return Optional.empty();
		}
		int nameColumn = column(header.get(), "Name");
		List<Row> named = rows.stream()
			.filter(row -> row.number() > header.get().number() && !row.cell(nameColumn).isBlank())
			.toList();
		Row england = named.stream()
			.filter(row -> TextMatch.same(row.cell(nameColumn).text(), "England"))
			.findFirst()
			.orElse(null);
		return Optional.of(new LaTable(breakdown, sheet.name(), period(sheet, rows), header.get(),
				column(header.get(), "ONS Geography"), column(header.get(), "Code"), nameColumn, england,
				named.stream().filter(row -> row != england).toList()));
	}

	SourceValue onsCode(Row row) {
		return onsColumn < 0 ? new SourceValue(null, row.at()) : row.cell(onsColumn);
	}

	SourceValue code(Row row) {
		return row.cell(codeColumn);
	}

	SourceValue name(Row row) {
		return row.cell(nameColumn);
	}

	/** The header's cells right of Name: the categories, Total, and whatever follows. */
	List<SourceValue> headings() {
		return header.cells().stream().skip(nameColumn + 1L).filter(cell -> !cell.isBlank()).toList();
	}

	/**
	 * The value right of the {@code Period:} label, blank (at the sheet's first row) when
	 * the sheet has none.
	 */
	private static SourceValue period(Sheet sheet, List<Row> rows) {
		for (Row row : rows.stream().filter(row -> row.number() <= HEADER_SEARCH_ROWS).toList()) {
			int label = column(row, "Period");
			if (label >= 0) {
				return row.cells()
					.stream()
					.skip(label + 1L)
					.filter(cell -> !cell.isBlank())
					.findFirst()
					.orElse(new SourceValue(null, row.at(label + 1)));
			}
		}
		return new SourceValue(null, new Provenance(sheet.file(), sheet.name(), 1, null));
	}

	/** The 0-based column of the first cell reading {@code text}, or -1. */
	static int column(Row row, String text) {
		List<SourceValue> cells = row.cells();
		for (int column = 0; column < cells.size(); column++) {
			if (cells.get(column).value() instanceof String cell && TextMatch.same(cell, text)) {
				return column;
			}
		}
		return -1;
	}

}
