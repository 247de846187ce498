package org.joinedup.transform.population;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/**
 * The {@code MYE2 - Persons} sheet: title rows (one naming the year, {@code mid-2019}),
 * then the header {@code Code, Name, Geography1, All ages, 0, 1, ..., 90+} and a row per
 * geography.
 */
final class PersonsSheet {

	static final int HEADER_SEARCH_ROWS = 20;

	static final int OLDEST_AGE = 90;

	private static final Pattern MID_YEAR = Pattern.compile("(?i)\\bmid-(\\d{4})\\b");

	private PersonsSheet() {
	}

	private record Columns(int code, int name, int geography, int allAges, List<Integer> aged65AndOver) {

		EstimateRow of(Row row) {
			return new EstimateRow(row.cell(code), row.cell(name), row.cell(geography), row.cell(allAges),
					aged65AndOver.stream().map(row::cell).toList());
		}

	}

	static Estimates read(Sheet sheet) {
		List<Row> rows;
		try (Stream<Row> all = sheet.rows()) {
			rows = all.toList();
		}
		for (Row row : rows) {
			if (row.number() > HEADER_SEARCH_ROWS) {
				break;
			}
			Optional<Columns> columns = columns(row);
			if (columns.isPresent()) {
				return below(sheet, rows, row.number(), columns.get());
			}
		}
		return Estimates.unread(List.of(new Finding(Level.FILE, Severity.ERROR, sheet.file(), sheet.name(), null, null,
				null, "population-header-missing",
				"The sheet '" + sheet.name() + "' has no header row with Code, Name, Geography1, All ages and the"
						+ " ages 65 to 90+ in its first " + HEADER_SEARCH_ROWS + " rows")));
	}

	/**
	 * The year from the first title cell above the header to name one; the rows below it.
	 */
	private static Estimates below(Sheet sheet, List<Row> rows, int headerRow, Columns columns) {
		Integer midYear = rows.stream()
			.filter(row -> row.number() < headerRow)
			.flatMap(row -> row.cells().stream())
			.map(cell -> MID_YEAR.matcher(cell.text()))
			.filter(Matcher::find)
			.map(matcher -> Integer.valueOf(matcher.group(1)))
			.findFirst()
			.orElse(null);
		return new Estimates(sheet.name(), midYear,
				rows.stream()
					.filter(row -> row.number() > headerRow && !row.cell(columns.code()).isBlank())
					.map(columns::of)
					.toList(),
				List.of());
	}

	private static Optional<Columns> columns(Row row) {
		Map<String, Integer> byLabel = new HashMap<>();
		List<SourceValue> cells = row.cells();
		for (int column = 0; column < cells.size(); column++) {
			byLabel.putIfAbsent(TextMatch.normalise(cells.get(column).text()), column);
		}
		List<Integer> ages = IntStream.rangeClosed(65, OLDEST_AGE)
			.mapToObj(age -> position(byLabel, age == OLDEST_AGE ? List.of("90+", "90") : List.of(age + "")))
			.toList();
		Integer code = position(byLabel, List.of("Code"));
		Integer name = position(byLabel, List.of("Name"));
		Integer geography = position(byLabel, List.of("Geography1", "Geography"));
		Integer allAges = position(byLabel, List.of("All ages"));
		if (code == null || name == null || geography == null || allAges == null
				|| ages.stream().anyMatch(Objects::isNull)) {
			return Optional.empty();
		}
		return Optional.of(new Columns(code, name, geography, allAges, ages));
	}

	private static Integer position(Map<String, Integer> byLabel, List<String> labels) {
		return labels.stream()
			.map(TextMatch::normalise)
			.map(byLabel::get)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

}
