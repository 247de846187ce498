package org.joinedup.transform.bcf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.transform.table.TableHeader;

/**
 * The Savings sheet: scheme rows under the header until a blank row or a {@code Total}
 * row.
 */
final class SavingsSheet {

	static final String HEADER_MISSING = "savings-header-missing";

	static final TableColumn SCHEME_ID = TableColumn.required("Scheme ID");

	static final TableColumn SCHEME_NAME = TableColumn.required("Scheme name");

	static final TableColumn SCHEME_TYPE = TableColumn.required("Scheme type");

	static final TableColumn PLANNED = TableColumn.required("Planned savings (£)");

	static final TableColumn ACHIEVED = TableColumn.required("Savings achieved to date (£)");

	static final TableColumn STATUS = TableColumn.required("Status");

	private static final List<TableColumn> COLUMNS = List.of(SCHEME_ID, SCHEME_NAME, SCHEME_TYPE, PLANNED, ACHIEVED,
			STATUS);

	record Content(List<SchemeRow> schemes, SchemeRow total) {
	}

	private SavingsSheet() {
	}

	static Content read(Sheet sheet, List<Finding> findings) {
		Optional<TableHeader.Table> table = TableHeader.locate(sheet, COLUMNS, HEADER_MISSING, findings);
		if (table.isEmpty()) {
			return new Content(List.of(), null);
		}
		TableHeader header = table.get().header();
		List<SchemeRow> schemes = new ArrayList<>();
		int expected = header.rowNumber() + 1;
		for (Row row : table.get().rows()) {
			SchemeRow scheme = toRow(header, row);
			// rows come only when they hold something, so a skipped number is a blank row
			if (row.number() != expected || isBlank(scheme)) {
				break;
			}
			if (TextMatch.same(scheme.schemeId().text(), "Total")
					|| TextMatch.same(scheme.schemeName().text(), "Total")) {
				return new Content(schemes, scheme);
			}
			schemes.add(scheme);
			expected++;
		}
		return new Content(schemes, null);
	}

	private static boolean isBlank(SchemeRow scheme) {
		return scheme.schemeId().isBlank() && scheme.schemeName().isBlank() && scheme.schemeType().isBlank()
				&& scheme.plannedSavings().isBlank() && scheme.achievedSavings().isBlank() && scheme.status().isBlank();
	}

	private static SchemeRow toRow(TableHeader header, Row row) {
		return new SchemeRow(header.cell(row, SCHEME_ID), header.cell(row, SCHEME_NAME), header.cell(row, SCHEME_TYPE),
				header.cell(row, PLANNED), header.cell(row, ACHIEVED), header.cell(row, STATUS));
	}

}
