package org.joinedup.transform.table;

import java.util.List;
import java.util.stream.Stream;

import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/** A return's sheets are small, so each is read into a list once. */
public final class SheetRows {

	private SheetRows() {
	}

	public static List<Row> all(Sheet sheet) {
		try (Stream<Row> rows = sheet.rows()) {
			return rows.toList();
		}
	}

}
