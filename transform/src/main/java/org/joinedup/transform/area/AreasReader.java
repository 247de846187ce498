package org.joinedup.transform.area;

import static org.joinedup.transform.area.AreaColumn.LEGACY_CODE;
import static org.joinedup.transform.area.AreaColumn.NAME;
import static org.joinedup.transform.area.AreaColumn.ONS_CODE;
import static org.joinedup.transform.area.AreaColumn.POPULATION;
import static org.joinedup.transform.area.AreaColumn.POPULATION_65;
import static org.joinedup.transform.area.AreaColumn.REGION;
import static org.joinedup.transform.area.AreaColumn.TYPE;
import static org.joinedup.transform.area.AreaColumn.VALID_FROM;
import static org.joinedup.transform.area.AreaColumn.VALID_TO;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.csv.CsvFeedReader;
import org.joinedup.ingest.csv.CsvRow;

/**
 * Reads the areas reference CSV (R5) into rows as they stand; checking the values is
 * transform's job.
 */
public final class AreasReader {

	private final CsvFeedReader<AreaRow> reader = new CsvFeedReader<>(List.of(AreaColumn.values()), AreasReader::toRow);

	public CsvContent<AreaRow> read(Path file) throws IOException {
		return reader.read(file);
	}

	private static AreaRow toRow(CsvRow row) {
		return new AreaRow(row.get(ONS_CODE), row.get(NAME), row.get(TYPE), row.get(REGION), row.get(LEGACY_CODE),
				row.get(POPULATION), row.get(POPULATION_65), row.get(VALID_FROM), row.get(VALID_TO));
	}

}
