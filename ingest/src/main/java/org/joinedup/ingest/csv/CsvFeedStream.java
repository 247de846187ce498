package org.joinedup.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.text.TextMatch;

/**
 * Reads a CSV feed record by record, handing each row on as it is read, so memory does
 * not grow with the file. Columns are found by header text (any order, aliases allowed,
 * unknown ones ignored) in the first non-blank line holding every required column, within
 * the first {@code maxTitleLines + 1} non-blank ones (feeds such as the delayed-transfers
 * extract put title lines above it); or, for a headerless feed, by fixed positions.
 * Encodings, BOM, the delimiter and quoted newlines are {@link CsvText}'s and Commons
 * CSV's job. Text that is not CSV at all (a quote never closed, text after a closing
 * quote) ends the reading with a file-level finding naming the line, since nothing after
 * it can be split into fields with any certainty.
 */
public final class CsvFeedStream<T> {

	public static final String MISSING_COLUMN = "csv-missing-column";

	public static final String TOO_MANY_FIELDS = "csv-too-many-fields";

	public static final String UNCLOSED_QUOTE = "csv-unclosed-quote";

	public static final String TEXT_AFTER_QUOTE = "csv-text-after-quote";

	public static final String MALFORMED = "csv-malformed";

	private static final String QUOTE_ADVICE = ", and write a quote inside a value as two (\"\")";

	private final List<? extends CsvColumn> columns;

	/** Null when the positions come from the header line. */
	private final Map<CsvColumn, Integer> fixedPositions;

	private final int fixedWidth;

	private final int maxTitleLines;

	private final Function<CsvRow, T> mapper;

	private CsvFeedStream(List<? extends CsvColumn> columns, Map<CsvColumn, Integer> fixedPositions, int fixedWidth,
			int maxTitleLines, Function<CsvRow, T> mapper) {
		this.columns = List.copyOf(columns);
		this.fixedPositions = fixedPositions;
		this.fixedWidth = fixedWidth;
		this.maxTitleLines = maxTitleLines;
		this.mapper = mapper;
	}

	/** A feed whose first non-blank line is its header. */
	public static <T> CsvFeedStream<T> withHeader(List<? extends CsvColumn> columns, Function<CsvRow, T> mapper) {
		return withHeader(columns, mapper, 0);
	}

	/**
	 * A feed whose header may stand below up to {@code maxTitleLines} non-blank title
	 * lines.
	 */
	public static <T> CsvFeedStream<T> withHeader(List<? extends CsvColumn> columns, Function<CsvRow, T> mapper,
			int maxTitleLines) {
		return new CsvFeedStream<>(columns, null, 0, maxTitleLines, mapper);
	}

	/**
	 * A feed with no header line: every line is data, {@code width} fields at most,
	 * columns at 0-based positions.
	 */
	public static <T> CsvFeedStream<T> headerless(Map<? extends CsvColumn, Integer> positions, int width,
			Function<CsvRow, T> mapper) {
		return new CsvFeedStream<>(List.copyOf(positions.keySet()), Map.copyOf(positions), width, 0, mapper);
	}

	/**
	 * Hands every data row to {@code rows} and what the reader itself rejects to
	 * {@code findings}, in file order.
	 */
	public void read(Path path, Consumer<? super T> rows, Consumer<Finding> findings) throws IOException {
		String file = path.getFileName().toString();
		try (BufferedReader text = CsvText.open(path);
				CSVParser parser = CSVParser.builder().setReader(text).setFormat(format(text)).get()) {
			long linesBefore = 0;
			Map<CsvColumn, Integer> positions = fixedPositions;
			Map<CsvColumn, Integer> closestToHeader = Map.of();
			int titleLines = 0;
			int width = fixedWidth;
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				int line = (int) linesBefore + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException e) {
					findings.accept(notCsv(file, line, parser.getCurrentLineNumber(), e.getCause()));
					return;
				}
				List<String> fields = withoutTrailingEmpty(Arrays.asList(record.values()));
				linesBefore = parser.getCurrentLineNumber();
				if (fields.isEmpty()) {
					continue;
				}
				if (positions == null) {
					Map<CsvColumn, Integer> found = positions(fields);
					if (hasEveryRequired(found)) {
						positions = found;
						width = fields.size();
						continue;
					}
					if (found.size() > closestToHeader.size()) {
						closestToHeader = found;
					}
					if (++titleLines > maxTitleLines) {
						reportMissing(file, closestToHeader, findings);
						return;
					}
				}
				else if (fields.size() > width) {
					findings.accept(tooManyFields(file, line, fields, width));
				}
				else {
					rows.accept(mapper.apply(new CsvRow(file, line, positions, fields)));
				}
			}
			if (positions == null) {
				reportMissing(file, closestToHeader, findings);
			}
		}
	}

	/**
	 * Blank lines are kept so that line numbers stay true; they are skipped here instead.
	 */
	private static CSVFormat format(BufferedReader text) throws IOException {
		return CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setDelimiter(CsvText.delimiterOf(text)).get();
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

	private void reportMissing(String file, Map<CsvColumn, Integer> positions, Consumer<Finding> findings) {
		for (CsvColumn column : columns) {
			if (column.required() && !positions.containsKey(column)) {
				findings.accept(
						new Finding(Level.FILE, Severity.ERROR, file, null, null, column.header(), null, MISSING_COLUMN,
								"The header row has no '" + column.header() + "' column, which this file must have."));
			}
		}
	}

	private static Finding tooManyFields(String file, int line, List<String> fields, int width) {
		return Finding.at(Level.RECORD, Severity.ERROR, new Provenance(file, null, line, null),
				String.join(",", fields.subList(width, fields.size())), TOO_MANY_FIELDS,
				"Line " + line + " has " + fields.size() + " fields but the header has " + width
						+ ": a value with a comma in it probably needs quotes.");
	}

	/**
	 * What Commons CSV could not split: an unclosed quote (the end of the file came
	 * inside a quoted value of the record starting on {@code line}), text after a closing
	 * quote (on the line the parser is on: mid-line, its count includes that line), or
	 * other text it cannot parse. A failure to read the bytes is no finding: it is
	 * thrown.
	 */
	private static Finding notCsv(String file, int line, long linesRead, IOException cause) throws IOException {
		if (!(cause instanceof CSVException)) {
			throw cause;
		}
		String message = String.valueOf(cause.getMessage());
		if (message.contains("EOF reached before encapsulated token finished")) {
			return fileError(file, line, UNCLOSED_QUOTE, "Line " + line + " opens a quoted value (\") that is never "
					+ "closed, so the rest of the file cannot be read: close the quote" + QUOTE_ADVICE);
		}
		int at = (int) Math.max(line, linesRead);
		if (message.contains("Invalid character between encapsulated token and delimiter")) {
			return fileError(file, at, TEXT_AFTER_QUOTE, "Line " + at + " has text after a quoted value's closing "
					+ "quote: put the whole value in quotes" + QUOTE_ADVICE + "; nothing after it was read");
		}
		return fileError(file, at, MALFORMED,
				"Line " + at + " cannot be read as CSV (" + message + "); nothing after it was read");
	}

	private static Finding fileError(String file, int line, String rule, String message) {
		return new Finding(Level.FILE, Severity.ERROR, file, null, line, null, null, rule, message);
	}

	private static List<String> withoutTrailingEmpty(List<String> fields) {
		int width = fields.size();
		while (width > 0 && fields.get(width - 1).isBlank()) {
			width--;
		}
		return fields.subList(0, width);
	}

}
