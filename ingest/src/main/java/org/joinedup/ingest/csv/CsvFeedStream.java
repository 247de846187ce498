package org.joinedup.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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

	/**
	 * How the records are split and where the columns are: positions null while the
	 * header is still to be found.
	 */
	private record Layout(CSVFormat format, Map<CsvColumn, Integer> positions, int width) {
	}

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
		CsvPart<T> part = new CsvPart<>() {

			@Override
			public void row(T row) {
				rows.accept(row);
			}

			@Override
			public void finding(Finding finding) {
				findings.accept(finding);
			}

		};
		try (BufferedReader text = CsvText.open(path)) {
			read(path.getFileName().toString(), text, new Layout(format(text), fixedPositions, fixedWidth), 1, part,
					layout -> {
					});
		}
	}

	/**
	 * Reads the file in up to {@code parts} line ranges at once, each into a new part,
	 * and gives the parts in file order: their rows and findings, taken in that order,
	 * are what {@link #read} hands on. The charset is told from the first block (UTF-16)
	 * or by the reading itself (a byte that is not UTF-8 starts it again in
	 * Windows-1252). A split that cannot be trusted (a quoted value across a range's end,
	 * text that is not CSV, a header not in the first range) is given up for one part
	 * read whole.
	 */
	public <P extends CsvPart<? super T>> List<P> readInParts(Path path, int parts, Supplier<P> newPart)
			throws IOException {
		Optional<Charset> utf16 = CsvText.utf16(path);
		if (utf16.isPresent()) {
			return List.of(readWhole(path, utf16.get(), newPart));
		}
		try {
			return readInParts(path, parts, StandardCharsets.UTF_8, newPart);
		}
		catch (CharacterCodingException notUtf8) {
			return readInParts(path, parts, CsvText.WINDOWS_1252, newPart);
		}
	}

	/**
	 * The first range is read on this thread; the others, on the common pool, once it has
	 * found the header.
	 */
	private <P extends CsvPart<? super T>> List<P> readInParts(Path path, int parts, Charset charset,
			Supplier<P> newPart) throws IOException {
		List<LineRange> ranges = LineRange.split(path, parts);
		if (ranges.size() == 1) {
			return List.of(readWhole(path, charset, newPart));
		}
		CompletableFuture<Layout> header = new CompletableFuture<>();
		List<CompletableFuture<Optional<P>>> reads = new ArrayList<>();
		reads.add(new CompletableFuture<>());
		for (LineRange range : ranges.subList(1, ranges.size())) {
			reads.add(header.thenApplyAsync(layout -> layout == null ? Optional.empty()
					: uncheckedRead(path, range, charset, layout, newPart.get())));
		}
		try {
			reads.get(0).complete(read(path, ranges.get(0), charset, null, newPart.get(), header::complete));
		}
		catch (IOException | RuntimeException failed) {
			reads.get(0).completeExceptionally(failed);
		}
		finally {
			header.complete(null);
		}
		List<Optional<P>> read = joined(reads);
		if (read.stream().allMatch(Optional::isPresent)) {
			return read.stream().map(Optional::get).toList();
		}
		return List.of(readWhole(path, charset, newPart));
	}

	private <P extends CsvPart<? super T>> P readWhole(Path path, Charset charset, Supplier<P> newPart)
			throws IOException {
		P part = newPart.get();
		read(path, new LineRange(0, Files.size(path), 1), charset, null, part, layout -> {
		});
		return part;
	}

	/**
	 * The part, or empty when the reading of its range was cut short (its findings are
	 * then not the whole reading's).
	 * @param layout null for the first range: told by its text
	 */
	private <P extends CsvPart<? super T>> Optional<P> read(Path path, LineRange range, Charset charset, Layout layout,
			P part, Consumer<Layout> onHeader) throws IOException {
		try (BufferedReader text = CsvText.open(range.open(path), charset, range.start() == 0)) {
			Layout start = layout != null ? layout : new Layout(format(text), fixedPositions, fixedWidth);
			return read(path.getFileName().toString(), text, start, range.firstLine(), part, onHeader)
					? Optional.of(part) : Optional.empty();
		}
	}

	private <P extends CsvPart<? super T>> Optional<P> uncheckedRead(Path path, LineRange range, Charset charset,
			Layout layout, P part) {
		try {
			return read(path, range, charset, layout, part, found -> {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every read's result once all are done, or the first failure in file order. */
	private static <R> List<R> joined(List<CompletableFuture<R>> reads) throws IOException {
		CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).exceptionally(failed -> null).join();
		List<R> results = new ArrayList<>();
		for (CompletableFuture<R> read : reads) {
			try {
				results.add(read.join());
			}
			catch (CompletionException failed) {
				Throwable cause = failed.getCause();
				if (cause instanceof UncheckedIOException unchecked) {
					throw unchecked.getCause();
				}
				if (cause instanceof IOException io) {
					throw io;
				}
				throw failed;
			}
		}
		return results;
	}

	/**
	 * Reads the records of the text, whose first line is {@code firstLine}, into the
	 * part, telling {@code onHeader} the layout once the columns are known. False when
	 * text that is not CSV, or a header not found, ended the reading.
	 */
	private boolean read(String file, BufferedReader text, Layout start, int firstLine, CsvPart<? super T> part,
			Consumer<Layout> onHeader) throws IOException {
		try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(start.format()).get()) {
			long linesBefore = firstLine - 1;
			Map<CsvColumn, Integer> positions = start.positions();
			Map<CsvColumn, Integer> closestToHeader = Map.of();
			int titleLines = 0;
			int width = start.width();
			if (positions != null) {
				onHeader.accept(start);
			}
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
					part.finding(notCsv(file, line, firstLine - 1 + parser.getCurrentLineNumber(), e.getCause()));
					return false;
				}
				List<String> fields = withoutTrailingEmpty(Arrays.asList(record.values()));
				linesBefore = firstLine - 1 + parser.getCurrentLineNumber();
				if (fields.isEmpty()) {
					continue;
				}
				if (positions == null) {
					Map<CsvColumn, Integer> found = positions(fields);
					if (hasEveryRequired(found)) {
						positions = found;
						width = fields.size();
						onHeader.accept(new Layout(start.format(), positions, width));
						continue;
					}
					if (found.size() > closestToHeader.size()) {
						closestToHeader = found;
					}
					if (++titleLines > maxTitleLines) {
						reportMissing(file, closestToHeader, part);
						return false;
					}
				}
				else if (fields.size() > width) {
					part.finding(tooManyFields(file, line, fields, width));
				}
				else {
					part.row(mapper.apply(new CsvRow(file, line, positions, fields)));
				}
			}
			if (positions == null) {
				reportMissing(file, closestToHeader, part);
				return false;
			}
			return true;
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

	private void reportMissing(String file, Map<CsvColumn, Integer> positions, CsvPart<?> part) {
		for (CsvColumn column : columns) {
			if (column.required() && !positions.containsKey(column)) {
				part.finding(
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
