package org.joinedup.transform.bcf;

import java.util.List;

import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;

/**
 * A column of a table on a return's sheet, found by its header text. A header with a
 * unit, such as {@code Planned income (£)}, also matches without it.
 */
record TableColumn(String header, boolean required) implements CsvColumn {

	static TableColumn required(String header) {
		return new TableColumn(header, true);
	}

	static TableColumn optional(String header) {
		return new TableColumn(header, false);
	}

	@Override
	public ColumnSpec spec() {
		return new ColumnSpec(header, required, List.of(header.replace("(£)", "").trim()));
	}

}
