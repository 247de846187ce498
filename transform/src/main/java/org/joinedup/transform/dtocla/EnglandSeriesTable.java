package org.joinedup.transform.dtocla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/**
 * The England time series' sheet by responsible organisation as it stands: the header
 * ({@code Year, Period, NHS, Social Care, Both, Total}, then the same again for beds) and
 * a row per month, each with a Period (the notes below have none).
 *
 * @param columns NHS, SOCIAL_CARE and BOTH to the 0-based column of their first heading
 */
record EnglandSeriesTable(String sheet, int yearColumn, int periodColumn, Map<String, Integer> columns,
		List<Row> months) {

	static final String SHEET = "Delayed Days by responsible org";

	static Optional<EnglandSeriesTable> read(Sheet sheet, List<Finding> findings) {
		List<Row> rows;
		try (Stream<Row> all = sheet.rows()) {
			rows = all.toList();
		}
		Optional<Row> header = rows.stream()
			.filter(row -> row.number() <= LaTable.HEADER_SEARCH_ROWS)
			.filter(row -> LaTable.column(row, "Year") >= 0 && LaTable.column(row, "Period") >= 0)
			.findFirst();
		if (header.isEmpty()) {
			findings.add(new Finding(Level.FILE, Severity.ERROR, sheet.file(), sheet.name(), null, null, null,
					LaTable.HEADER_MISSING,
					"The sheet '" + sheet.name() + "' has no header row with Year and Period in its first "
							+ LaTable.HEADER_SEARCH_ROWS + " rows"));
			return Optional.empty();
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<SourceValue> headings = header.get().cells();
		for (int column = 0; column < headings.size(); column++) {
			int at = column;
			LaBreakdown.RESPONSIBLE_ORG.category(headings.get(column).text(), 0)
				.ifPresent(org -> columns.putIfAbsent(org, at));
		}
		int periodColumn = LaTable.column(header.get(), "Period");
		List<Row> months = rows.stream()
			.filter(row -> row.number() > header.get().number() && !row.cell(periodColumn).isBlank())
			.toList();
		return Optional.of(new EnglandSeriesTable(sheet.name(), LaTable.column(header.get(), "Year"), periodColumn,
				columns, months));
	}

}
