package org.joinedup.transform.bcf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/**
 * The Narrative sheet's free text: every text cell, top to bottom and left to right,
 * joined by new lines, after any leading headings (a cell reading {@code Narrative}, or a
 * label ending in {@code :}).
 */
final class NarrativeSheet {

	private NarrativeSheet() {
	}

	/**
	 * The text, where its first cell is (the mapper cuts it to what the warehouse keeps,
	 * saying so); blank when there is none.
	 */
	static SourceValue read(Sheet sheet) {
		List<SourceValue> texts = new ArrayList<>();
		try (Stream<Row> rows = sheet.rows()) {
			rows.flatMap(row -> row.cells().stream())
				.filter(cell -> cell.value() instanceof String && !cell.isBlank())
				.dropWhile(NarrativeSheet::isHeading)
				.forEach(texts::add);
		}
		if (texts.isEmpty()) {
			return new SourceValue(null, new Provenance(sheet.file(), sheet.name(), null, null));
		}
		StringBuilder text = new StringBuilder();
		for (SourceValue cell : texts) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(cell.text().strip());
		}
		return new SourceValue(text.toString(), texts.get(0).at());
	}

	private static boolean isHeading(SourceValue cell) {
		return TextMatch.same(cell.text(), "Narrative") || cell.text().strip().endsWith(":");
	}

}
