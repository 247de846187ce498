package org.joinedup.transform.episode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.joinedup.ingest.csv.CsvFeedStream;
import org.joinedup.ingest.csv.CsvRow;
import org.joinedup.ingest.finding.Finding;

/**
 * Streams the admitted patient episodes extract (R6): one row at a time, however long the
 * file.
 */
public final class EpisodesReader {

	private final CsvFeedStream<CsvRow> stream = CsvFeedStream.withHeader(List.of(EpisodeColumn.values()), row -> row);

	public void read(Path file, Consumer<CsvRow> rows, Consumer<Finding> findings) throws IOException {
		stream.read(file, rows, findings);
	}

}
