package org.joinedup.transform.dtoc;

import static org.joinedup.transform.dtoc.DtocColumn.ACUTE;
import static org.joinedup.transform.dtoc.DtocColumn.BOTH_DAYS;
import static org.joinedup.transform.dtoc.DtocColumn.BOTH_PATIENTS;
import static org.joinedup.transform.dtoc.DtocColumn.LA_CODE;
import static org.joinedup.transform.dtoc.DtocColumn.LA_NAME;
import static org.joinedup.transform.dtoc.DtocColumn.NHS_DAYS;
import static org.joinedup.transform.dtoc.DtocColumn.NHS_PATIENTS;
import static org.joinedup.transform.dtoc.DtocColumn.PARENT_CODE;
import static org.joinedup.transform.dtoc.DtocColumn.PARENT_NAME;
import static org.joinedup.transform.dtoc.DtocColumn.PERIOD_NAME;
import static org.joinedup.transform.dtoc.DtocColumn.PROVIDER_CODE;
import static org.joinedup.transform.dtoc.DtocColumn.PROVIDER_NAME;
import static org.joinedup.transform.dtoc.DtocColumn.REASON;
import static org.joinedup.transform.dtoc.DtocColumn.SOCIAL_CARE_DAYS;
import static org.joinedup.transform.dtoc.DtocColumn.SOCIAL_CARE_PATIENTS;
import static org.joinedup.transform.dtoc.DtocColumn.YEAR;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.csv.CsvFeedReader;
import org.joinedup.ingest.csv.CsvRow;

/**
 * Reads the delayed-transfers monthly extract (R2) into rows as they stand; checking them
 * is transform's job.
 */
public final class DtocReader {

	private final CsvFeedReader<DtocRow> reader = new CsvFeedReader<>(List.of(DtocColumn.values()), DtocReader::toRow,
			DtocColumn.MAX_TITLE_LINES);

	public CsvContent<DtocRow> read(Path file) throws IOException {
		return reader.read(file);
	}

	private static DtocRow toRow(CsvRow row) {
		return new DtocRow(row.get(YEAR), row.get(PERIOD_NAME), row.get(PARENT_CODE), row.get(PARENT_NAME),
				row.get(PROVIDER_CODE), row.get(PROVIDER_NAME), row.get(LA_CODE), row.get(LA_NAME), row.get(ACUTE),
				row.get(REASON), row.get(NHS_PATIENTS), row.get(NHS_DAYS), row.get(SOCIAL_CARE_PATIENTS),
				row.get(SOCIAL_CARE_DAYS), row.get(BOTH_PATIENTS), row.get(BOTH_DAYS));
	}

}
