package org.joinedup.transform.ae;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.csv.CsvFeedReader;
import org.joinedup.ingest.csv.CsvRow;
import org.joinedup.ingest.provenance.SourceValue;

/**
 * Reads the monthly A&E extract (R3) into rows as they stand; checking them is
 * transform's job.
 */
public final class AeReader {

	private final CsvFeedReader<AeRow> reader = new CsvFeedReader<>(List.of(AeColumn.values()), AeReader::toRow,
			AeColumn.MAX_TITLE_LINES);

	public CsvContent<AeRow> read(Path file) throws IOException {
		return reader.read(file);
	}

	private static AeRow toRow(CsvRow row) {
		Map<AeColumn, SourceValue> counts = new EnumMap<>(AeColumn.class);
		AeColumn.COUNTS.forEach(column -> counts.put(column, row.get(column)));
		return new AeRow(row.get(AeColumn.PERIOD), row.get(AeColumn.ORG_CODE), row.get(AeColumn.PARENT_ORG),
				row.get(AeColumn.ORG_NAME), counts);
	}

}
