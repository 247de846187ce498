package org.joinedup.transform.episode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.joinedup.ingest.csv.CsvFeedStream;
import org.joinedup.ingest.csv.CsvPart;
import org.joinedup.ingest.csv.CsvRow;

/**
 * Streams the admitted patient episodes extract (R6): one row at a time, however long the
 * file, in line ranges read on every core at once.
 */
public final class EpisodesReader {

	private final CsvFeedStream<CsvRow> stream = CsvFeedStream.withHeader(List.of(EpisodeColumn.values()), row -> row);

	private final int parts;

	public EpisodesReader() {
		this(Runtime.getRuntime().availableProcessors());
	}

	/** A reader of the file in up to that many parts at once. */
	EpisodesReader(int parts) {
		this.parts = parts;
	}

	/** The parts the file was read into, in file order. */
	public <P extends CsvPart<CsvRow>> List<P> read(Path file, Supplier<P> newPart) throws IOException {
		return stream.readInParts(file, parts, newPart);
	}

}
