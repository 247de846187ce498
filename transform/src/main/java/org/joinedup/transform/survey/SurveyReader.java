package org.joinedup.transform.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.csv.CsvColumn;
import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.csv.CsvFeedReader;
import org.joinedup.ingest.csv.CsvRow;

/**
 * Reads a leadership survey file (R4), respondent level or aggregate form, into rows read
 * by column.
 */
public final class SurveyReader {

	private final CsvFeedReader<CsvRow> reader;

	private SurveyReader(List<? extends CsvColumn> columns) {
		this.reader = new CsvFeedReader<>(columns, row -> row);
	}

	public static SurveyReader responses() {
		return new SurveyReader(List.of(SurveyResponseColumn.values()));
	}

	public static SurveyReader shares() {
		return new SurveyReader(List.of(SurveyShareColumn.values()));
	}

	public CsvContent<CsvRow> read(Path file) throws IOException {
		return reader.read(file);
	}

}
