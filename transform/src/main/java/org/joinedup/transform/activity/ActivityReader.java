package org.joinedup.transform.activity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.transform.table.TableHeader;

/**
 * Reads the Commissioner sheet of NHS England's monthly activity workbook (R7): the
 * header row below the metadata block, then England and one row per commissioner.
 */
final class ActivityReader {

	static final String SHEET = "Commissioner";

	static final String HEADER_MISSING = "commissioner-header-missing";

	private static final String TITLE = "Monthly Hospital Activity";

	/** The metadata block (Title:, Period:, Basis: ...) sits in the first rows. */
	private static final int METADATA_ROWS = 12;

	private static final List<ActivityColumn> COLUMNS = List.of(ActivityColumn.values());

	/**
	 * Whether a workbook is the activity return: a sheet whose metadata block is titled
	 * Monthly Hospital Activity (every sheet of the release has it). Only each sheet's
	 * first rows are read.
	 */
	static boolean isActivityReturn(Workbook workbook) {
		return workbook.sheets().stream().anyMatch(ActivityReader::titled);
	}

	private static boolean titled(Sheet sheet) {
		try (Stream<Row> rows = sheet.rows()) {
			return rows.takeWhile(row -> row.number() <= METADATA_ROWS)
				.anyMatch(row -> row.cells().stream().anyMatch(cell -> TextMatch.same(cell.text(), TITLE)));
		}
	}

	/**
	 * @throws UnreadableFileException when a sheet turns out unreadable part-way
	 */
	ActivityContent read(Workbook workbook) {
		List<Finding> findings = new ArrayList<>();
		Optional<Sheet> sheet = workbook.sheet(SHEET);
		if (sheet.isEmpty()) {
			findings.add(Finding.fileError(workbook.file(), "commissioner-sheet-missing",
					"The workbook has no Commissioner sheet: only the commissioner-level release of the monthly"
							+ " activity return is accepted"));
			return new ActivityContent(null, List.of(), findings);
		}
		return TableHeader.locate(sheet.get(), COLUMNS, HEADER_MISSING, findings)
			.map(table -> content(table, findings))
			.orElseGet(() -> new ActivityContent(null, List.of(), findings));
	}

	/** England is the row named England with no Org Code; the rest are commissioners. */
	private static ActivityContent content(TableHeader.Table table, List<Finding> findings) {
		ActivityRow england = null;
		List<ActivityRow> commissioners = new ArrayList<>();
		for (Row row : table.rows()) {
			if (row.isBlank()) {
				continue;
			}
			ActivityRow read = toRow(table.header(), row);
			if (england == null && read.orgCode().isBlank() && TextMatch.same(read.orgName().text(), "England")) {
				england = read;
			}
			else {
				commissioners.add(read);
			}
		}
		return new ActivityContent(england, commissioners, findings);
	}

	private static ActivityRow toRow(TableHeader header, Row row) {
		Map<ActivityColumn, SourceValue> counts = new EnumMap<>(ActivityColumn.class);
		ActivityColumn.COUNTS.forEach(column -> counts.put(column, header.cell(row, column)));
		return new ActivityRow(header.cell(row, ActivityColumn.YEAR), header.cell(row, ActivityColumn.PERIOD),
				header.cell(row, ActivityColumn.REGION_CODE), header.cell(row, ActivityColumn.REGION_NAME),
				header.cell(row, ActivityColumn.ORG_CODE), header.cell(row, ActivityColumn.ORG_NAME), counts);
	}

}
