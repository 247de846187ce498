package org.joinedup.ingest.detect;

import java.util.List;

import org.joinedup.ingest.csv.CsvColumn;
import org.joinedup.ingest.text.TextMatch;

/**
 * A CSV feed recognised by its header: one of the first {@code titleLines + 1} non-blank
 * lines holds every required column (by {@link TextMatch}, aliases allowed, extra columns
 * ignored). Feeds such as the delayed-transfers extract put title lines above the header.
 */
public final class CsvHeaderDetector implements ContentDetector {

	private final List<? extends CsvColumn> columns;

	private final int titleLines;

	public CsvHeaderDetector(List<? extends CsvColumn> columns, int titleLines) {
		this.columns = List.copyOf(columns);
		this.titleLines = titleLines;
	}

	@Override
	public boolean matches(FileSample sample) {
		return sample.leadingRecords(titleLines + 1).stream().anyMatch(this::isHeader);
	}

	private boolean isHeader(List<String> record) {
		return columns.stream()
			.filter(CsvColumn::required)
			.allMatch(column -> record.stream().anyMatch(field -> TextMatch.sameAsAny(field, column.names())));
	}

}
