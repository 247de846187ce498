package org.joinedup.ingest.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.joinedup.ingest.finding.Finding;

/**
 * Reads a small CSV feed whole: the rows of a {@link CsvFeedStream}, collected. For a
 * feed too large to hold, use the stream itself.
 */
public final class CsvFeedReader<T> {

	public static final String MISSING_COLUMN = CsvFeedStream.MISSING_COLUMN;

	public static final String TOO_MANY_FIELDS = CsvFeedStream.TOO_MANY_FIELDS;

	private final CsvFeedStream<T> stream;

	public CsvFeedReader(List<? extends CsvColumn> columns, Function<CsvRow, T> mapper) {
		this(columns, mapper, 0);
	}

	/**
	 * @param maxTitleLines how many non-blank lines may stand above the header
	 */
	public CsvFeedReader(List<? extends CsvColumn> columns, Function<CsvRow, T> mapper, int maxTitleLines) {
		this(CsvFeedStream.withHeader(columns, mapper, maxTitleLines));
	}

	private CsvFeedReader(CsvFeedStream<T> stream) {
		this.stream = stream;
	}

	/**
	 * A feed with no header line, columns at fixed 0-based positions, {@code width}
	 * fields at most.
	 */
	public static <T> CsvFeedReader<T> headerless(Map<? extends CsvColumn, Integer> positions, int width,
			Function<CsvRow, T> mapper) {
		return new CsvFeedReader<>(CsvFeedStream.headerless(positions, width, mapper));
	}

	public CsvContent<T> read(Path path) throws IOException {
		List<T> rows = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		stream.read(path, rows::add, findings::add);
		return new CsvContent<>(rows, findings);
	}

}
