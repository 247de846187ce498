package org.joinedup.transform.dtocla;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/**
 * The England sheet's delayed days by type of care and responsible organisation: its rows
 * whose Reason for Delay is {@code -} (the reasons below them are the same days again).
 *
 * @param days type of care (ACUTE, NON-ACUTE) to responsible organisation (NHS,
 * SOCIAL_CARE, BOTH) to the cell
 */
record EnglandSheet(Map<String, Map<String, SourceValue>> days) {

	static final String SHEET = "England";

	static Optional<EnglandSheet> read(Sheet sheet) {
		List<Row> rows;
		try (Stream<Row> all = sheet.rows()) {
			rows = all.toList();
		}
		Optional<Row> header = rows.stream()
			.filter(row -> row.number() <= LaTable.HEADER_SEARCH_ROWS)
			.filter(row -> LaTable.column(row, "Type of Care") >= 0 && LaTable.column(row, "Reason for Delay") >= 0)
			.findFirst();
		if (header.isEmpty()) {
			return Optional.empty();
		}
		int typeColumn = LaTable.column(header.get(), "Type of Care");
		int reasonColumn = LaTable.column(header.get(), "Reason for Delay");
		Map<String, Map<String, SourceValue>> days = new HashMap<>();
		for (Row row : rows) {
			Optional<String> type = LaBreakdown.TYPE_OF_CARE.category(row.cell(typeColumn).text(), 0);
			if (row.number() > header.get().number() && type.isPresent()
					&& TextMatch.same(row.cell(reasonColumn).text(), "-")) {
				days.put(type.get(), byOrganisation(header.get(), row));
			}
		}
		return Optional.of(new EnglandSheet(days));
	}

	private static Map<String, SourceValue> byOrganisation(Row header, Row row) {
		Map<String, SourceValue> cells = new HashMap<>();
		List<SourceValue> headings = header.cells();
		for (int column = 0; column < headings.size(); column++) {
			int at = column;
			LaBreakdown.RESPONSIBLE_ORG.category(headings.get(column).text(), 0)
				.ifPresent(org -> cells.putIfAbsent(org, row.cell(at)));
		}
		return cells;
	}

}
