package org.joinedup.transform.table;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joinedup.ingest.csv.CsvColumn;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/**
 * The header row of a table on a sheet, found by its text within the first rows; columns
 * in any order, each by its header or an alias.
 */
public final class TableHeader {

	private static final int SEARCH_ROWS = 20;

	private final Row row;

	private final Map<CsvColumn, Integer> positions;

	private TableHeader(Row row, Map<CsvColumn, Integer> positions) {
		this.row = row;
		this.positions = positions;
	}

	/** A table found on a sheet: its header and the rows below it. */
	public record Table(TableHeader header, List<Row> rows) {
	}

	/**
	 * The sheet's table, or empty after adding a FILE-level finding when it has no header
	 * row.
	 */
	public static Optional<Table> locate(Sheet sheet, List<? extends CsvColumn> columns, String rule,
			List<Finding> findings) {
		List<Row> rows = SheetRows.all(sheet);
		Optional<TableHeader> found = find(rows, columns);
		if (found.isEmpty()) {
			findings.add(notFound(sheet, rows, columns, rule));
			return Optional.empty();
		}
		int headerRow = found.get().rowNumber();
		return Optional.of(new Table(found.get(), rows.stream().filter(row -> row.number() > headerRow).toList()));
	}

	/** The first row within {@link #SEARCH_ROWS} that holds every required column. */
	static Optional<TableHeader> find(List<Row> rows, List<? extends CsvColumn> columns) {
		return rows.stream()
			.filter(row -> row.number() <= SEARCH_ROWS)
			.map(row -> new TableHeader(row, positions(row, columns)))
			.filter(header -> header.missing(columns).isEmpty())
			.findFirst();
	}

	/**
	 * The FILE-level error for a sheet with no header row, naming what the likeliest row
	 * lacks.
	 */
	static Finding notFound(Sheet sheet, List<Row> rows, List<? extends CsvColumn> columns, String rule) {
		List<String> missing = rows.stream()
			.filter(row -> row.number() <= SEARCH_ROWS)
			.map(row -> new TableHeader(row, positions(row, columns)).missing(columns))
			.min(Comparator.comparingInt(List::size))
			.orElseGet(() -> required(columns));
		return new Finding(Level.FILE, Severity.ERROR, sheet.file(), sheet.name(), null, null, null, rule,
				"The sheet '" + sheet.name() + "' has no header row with " + String.join(", ", required(columns))
						+ " in its first " + SEARCH_ROWS + " rows; missing: " + String.join(", ", missing) + ".");
	}

	public int rowNumber() {
		return row.number();
	}

	/**
	 * The row's value under a column; blank, with no column letter, when the table lacks
	 * that column.
	 */
	public SourceValue cell(Row dataRow, CsvColumn column) {
		Integer position = positions.get(column);
		return position == null ? new SourceValue(null, dataRow.at()) : dataRow.cell(position);
	}

	private List<String> missing(List<? extends CsvColumn> columns) {
		return columns.stream()
			.filter(column -> column.required() && !positions.containsKey(column))
			.map(CsvColumn::header)
			.toList();
	}

	private static List<String> required(List<? extends CsvColumn> columns) {
		return columns.stream().filter(CsvColumn::required).map(CsvColumn::header).toList();
	}

	private static Map<CsvColumn, Integer> positions(Row row, List<? extends CsvColumn> columns) {
		Map<CsvColumn, Integer> positions = new HashMap<>();
		List<SourceValue> cells = row.cells();
		for (CsvColumn column : columns) {
			for (int position = 0; position < cells.size(); position++) {
				Object value = cells.get(position).value();
				if (value instanceof String text && TextMatch.sameAsAny(text, column.names())) {
					positions.put(column, position);
					break;
				}
			}
		}
		return positions;
	}

}
