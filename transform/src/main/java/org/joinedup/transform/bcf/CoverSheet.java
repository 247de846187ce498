package org.joinedup.transform.bcf;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/**
 * The Cover sheet's label/value pairs: a label in columns A–D of the first 40 rows, its
 * value in the next non-empty cell to the right.
 */
final class CoverSheet {

	static final int LABEL_ROWS = 40;

	static final int LABEL_COLUMNS = 4;

	private CoverSheet() {
	}

	/**
	 * The fields whose label is there; a label with nothing to its right gives a blank
	 * value beside it.
	 */
	static Map<CoverField, SourceValue> read(Sheet sheet) {
		Map<CoverField, SourceValue> fields = new EnumMap<>(CoverField.class);
		try (Stream<Row> rows = sheet.rows()) {
			rows.takeWhile(row -> row.number() <= LABEL_ROWS).forEach(row -> readLabels(row, fields));
		}
		return Collections.unmodifiableMap(fields);
	}

	private static void readLabels(Row row, Map<CoverField, SourceValue> fields) {
		for (int column = 0; column < LABEL_COLUMNS && column < row.width(); column++) {
			if (row.cell(column).value() instanceof String label) {
				for (CoverField field : CoverField.values()) {
					if (!fields.containsKey(field) && TextMatch.sameAsAny(label, field.labels())) {
						fields.put(field, valueRightOf(row, column));
					}
				}
			}
		}
	}

	private static SourceValue valueRightOf(Row row, int labelColumn) {
		for (int column = labelColumn + 1; column < row.width(); column++) {
			if (!row.cell(column).isBlank()) {
				return row.cell(column);
			}
		}
		return row.cell(labelColumn + 1);
	}

}
