package org.joinedup.transform.ae;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.ingest.workbook.Workbook;

/**
 * A sheet of NHS England's monthly A&E workbook: a metadata block of labels
 * ({@code Period:}, {@code Source:}, ...) each with its value in the next filled cell,
 * above the data.
 */
final class AeWorkbookSheet {

	/** The metadata block and the table's headings sit within these rows. */
	static final int HEAD_ROWS = 30;

	private AeWorkbookSheet() {
	}

	/**
	 * Whether a sheet's {@code Source:} is the A&E situation report collection (MSitAE,
	 * or WSitAE in 2015): how the workbook is told from the other returns' workbooks.
	 */
	static boolean isAe(Workbook workbook) {
		return workbook.sheets().stream().anyMatch(AeWorkbookSheet::isAe);
	}

	private static boolean isAe(Sheet sheet) {
		return metadata(sheet, "Source").map(source -> source.text().toUpperCase(Locale.ROOT).contains("SITAE"))
			.orElse(false);
	}

	/** The value beside a metadata label such as {@code Period:}. */
	static Optional<SourceValue> metadata(Sheet sheet, String label) {
		try (Stream<Row> rows = sheet.rows().takeWhile(row -> row.number() <= HEAD_ROWS)) {
			return rows.map(row -> valueBeside(row, label)).flatMap(Optional::stream).findFirst();
		}
	}

	/** Whether a cell in the head of the sheet reads {@code text}. */
	static boolean hasLabel(Sheet sheet, String text) {
		try (Stream<Row> rows = sheet.rows().takeWhile(row -> row.number() <= HEAD_ROWS)) {
			return rows.anyMatch(row -> row.cells().stream().anyMatch(cell -> TextMatch.same(cell.text(), text)));
		}
	}

	private static Optional<SourceValue> valueBeside(Row row, String label) {
		for (int column = 0; column < row.width(); column++) {
			if (TextMatch.same(row.cell(column).text(), label)) {
				for (int next = column + 1; next < row.width(); next++) {
					if (!row.cell(next).isBlank()) {
						return Optional.of(row.cell(next));
					}
				}
				return Optional.of(row.cell(column + 1));
			}
		}
		return Optional.empty();
	}

}
