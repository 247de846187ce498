package org.joinedup.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.text.TextMatch;

/**
 * Reads a CSV feed whose header is its first non-blank line, or the first line holding every required
 * column within the first {@code maxTitleLines + 1} non-blank ones (feeds such as the delayed-transfers
 * extract put title lines above it): columns are found by header text (in any order, aliases allowed,
 * unknown ones ignored) and each record is mapped to a row of the feed.
 */
public final class CsvFeedReader<T> {

	public static final String MISSING_COLUMN = "csv-missing-column";

	public static final String TOO_MANY_FIELDS = "csv-too-many-fields";

	/** Blank lines are kept so that line numbers stay true; they are skipped here instead. */
	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private final List<? extends CsvColumn> columns;

	private final Function<CsvRow, T> mapper;

	private final int maxTitleLines;

	public CsvFeedReader(List<? extends CsvColumn> columns, Function<CsvRow, T> mapper) {
		this(columns, mapper, 0);
	}

	public CsvFeedReader(List<? extends CsvColumn> columns, Function<CsvRow, T> mapper, int maxTitleLines) {
		this.columns = List.copyOf(columns);
		this.mapper = mapper;
		this.maxTitleLines = maxTitleLines;
	}

	public CsvContent<T> read(Path path) throws IOException {
		String file = path.getFileName().toString();
		List<T> rows = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		try (Reader text = CsvText.open(path); CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			long linesBefore = 0;
			Map<CsvColumn, Integer> positions = null;
			Map<CsvColumn, Integer> closestToHeader = Map.of();
			int titleLines = 0;
			int headerWidth = 0;
			while (records.hasNext()) {
				List<String> fields = withoutTrailingEmpty(records.next().toList());
				int line = (int) linesBefore + 1;
				linesBefore = parser.getCurrentLineNumber();
				if (fields.isEmpty()) {
					continue;
				}
				if (positions == null) {
					Map<CsvColumn, Integer> found = positions(fields);
					if (hasEveryRequired(found)) {
						positions = found;
						headerWidth = fields.size();
						continue;
					}
					if (found.size() > closestToHeader.size()) {
						closestToHeader = found;
					}
					if (++titleLines > maxTitleLines) {
						reportMissing(file, closestToHeader, findings);
						return new CsvContent<>(rows, findings);
					}
				}
				else if (fields.size() > headerWidth) {
					findings.add(tooManyFields(file, line, fields, headerWidth));
				}
				else {
					rows.add(mapper.apply(new CsvRow(file, line, positions, fields)));
				}
			}
			if (positions == null) {
				reportMissing(file, closestToHeader, findings);
			}
		}
		return new CsvContent<>(rows, findings);
	}

	private Map<CsvColumn, Integer> positions(List<String> header) {
		Map<CsvColumn, Integer> positions = new HashMap<>();
		for (CsvColumn column : columns) {
			for (int position = 0; position < header.size(); position++) {
				if (TextMatch.sameAsAny(header.get(position), column.names())) {
					positions.put(column, position);
					break;
				}
			}
		}
		return positions;
	}

	private boolean hasEveryRequired(Map<CsvColumn, Integer> positions) {
		return columns.stream().filter(CsvColumn::required).allMatch(positions::containsKey);
	}

	private void reportMissing(String file, Map<CsvColumn, Integer> positions, List<Finding> findings) {
		for (CsvColumn column : columns) {
			if (column.required() && !positions.containsKey(column)) {
				findings.add(new Finding(Level.FILE, Severity.ERROR, file, null, null, column.header(), null,
						MISSING_COLUMN, "The header row has no '" + column.header() + "' column, which this file must have."));
			}
		}
	}

	private static Finding tooManyFields(String file, int line, List<String> fields, int headerWidth) {
		return Finding.at(Level.RECORD, Severity.ERROR, new Provenance(file, null, line, null),
				String.join(",", fields.subList(headerWidth, fields.size())), TOO_MANY_FIELDS,
				"Line " + line + " has " + fields.size() + " fields but the header has " + headerWidth
						+ ": a value with a comma in it probably needs quotes.");
	}

	private static List<String> withoutTrailingEmpty(List<String> fields) {
		int width = fields.size();
		while (width > 0 && fields.get(width - 1).isBlank()) {
			width--;
		}
		return fields.subList(0, width);
	}
}
