package org.joinedup.transform.provider;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.csv.CsvFeedReader;
import org.joinedup.ingest.csv.CsvRow;
import org.joinedup.ingest.detect.FileSample;

/**
 * Reads the providers reference (R5) in either form: the CSV with a header, or NHS
 * Digital's headerless trust file. Either way the rows are read by
 * {@link ProviderColumn}.
 */
public final class ProvidersReader {

	private static final int SHAPE_RECORDS = 5;

	private final CsvFeedReader<CsvRow> withHeader = new CsvFeedReader<>(List.of(ProviderColumn.values()), row -> row);

	private final CsvFeedReader<CsvRow> trustFile = CsvFeedReader.headerless(TrustFile.POSITIONS, TrustFile.WIDTH,
			row -> row);

	public CsvContent<CsvRow> read(Path file) throws IOException {
		boolean headerless = TrustFile.shapeOf(FileSample.of(file).leadingRecords(SHAPE_RECORDS));
		return (headerless ? trustFile : withHeader).read(file);
	}

}
