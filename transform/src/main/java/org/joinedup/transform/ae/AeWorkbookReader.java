package org.joinedup.transform.ae;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.value.Numbers;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.ingest.workbook.WorkbookEngine;

/**
 * Reads NHS England's monthly A&E workbook into the rows of the extract (R3): each row of
 * the provider table, its month the sheet's {@code Period:}, its parent the Region. The
 * first row, England, is the check total, as the extract's TOTAL row is.
 */
public final class AeWorkbookReader {

	static final String SHEET_MISSING = "ae-provider-sheet-missing";

	static final String HEADER_MISSING = "ae-header-missing";

	/** What the workbook gave: the rows, and why any could not be read. */
	public record Content(List<AeRow> rows, List<Finding> findings) {
	}

	private final WorkbookEngine engine;

	public AeWorkbookReader(WorkbookEngine engine) {
		this.engine = engine;
	}

	/**
	 * @throws UnreadableFileException when the file cannot be opened as a workbook at all
	 */
	public Content read(Path file) {
		try (Workbook workbook = engine.open(file)) {
			return providerSheet(workbook).map(AeWorkbookReader::read)
				.orElseGet(() -> new Content(List.of(), List.of(Finding.fileError(file.getFileName().toString(),
						SHEET_MISSING, "The A&E workbook has no sheet of Provider Level Data"))));
		}
	}

	/**
	 * Since 2020 the workbook's Provider Level Data counts booked appointments in; its
	 * Non-Booked Data holds the attendances the extract's attendance columns count.
	 */
	private static Optional<Sheet> providerSheet(Workbook workbook) {
		return workbook.sheet("Non-Booked Data")
			.or(() -> workbook.sheets()
				.stream()
				.filter(sheet -> AeWorkbookSheet.hasLabel(sheet, "Provider Level Data"))
				.findFirst());
	}

	private static Content read(Sheet sheet) {
		List<Row> rows;
		try (Stream<Row> all = sheet.rows()) {
			rows = all.toList();
		}
		Optional<Row> subHeadings = rows.stream()
			.filter(row -> row.number() <= AeWorkbookSheet.HEAD_ROWS)
			.filter(row -> Stream.of("Code", "Region", "Name").allMatch(heading -> column(row, heading) >= 0))
			.findFirst();
		if (subHeadings.isEmpty()) {
			return new Content(List.of(), List.of(new Finding(Level.FILE, Severity.ERROR, sheet.file(), sheet.name(),
					null, null, null, HEADER_MISSING, "The sheet has no header row with Code, Region and Name")));
		}
		Row header = subHeadings.get();
		Row groups = rows.stream()
			.filter(row -> row.number() == header.number() - 1)
			.findFirst()
			.orElseGet(() -> header);
		Map<AeWorkbookColumn, Integer> columns = columns(groups, header);
		List<Finding> findings = new ArrayList<>();
		for (AeWorkbookColumn missing : AeWorkbookColumn.values()) {
			if (!columns.containsKey(missing)) {
				findings.add(Finding.at(Level.FILE, Severity.ERROR, header.at(), missing.heading(), HEADER_MISSING,
						"The provider table has no column '" + missing.heading() + "' under its group heading"));
			}
		}
		if (!findings.isEmpty()) {
			return new Content(List.of(), findings);
		}
		SourceValue period = AeWorkbookSheet.metadata(sheet, "Period")
			.orElseGet(() -> new SourceValue(null, new Provenance(sheet.file(), sheet.name(), null, null)));
		int code = column(header, "Code");
		int region = column(header, "Region");
		int name = column(header, "Name");
		List<AeRow> providers = rows.stream()
			.filter(row -> row.number() > header.number())
			.filter(row -> !row.cell(code).isBlank() || !row.cell(name).isBlank())
			.map(row -> new AeRow(period, row.cell(code), row.cell(region), row.cell(name), counts(row, columns)))
			.toList();
		return new Content(providers, List.of());
	}

	private static Map<AeWorkbookColumn, Integer> columns(Row groups, Row subHeadings) {
		Map<AeWorkbookColumn, Integer> columns = new EnumMap<>(AeWorkbookColumn.class);
		String group = "";
		for (int column = 0; column < subHeadings.width(); column++) {
			if (!groups.cell(column).isBlank()) {
				group = groups.cell(column).text();
			}
			for (AeWorkbookColumn candidate : AeWorkbookColumn.values()) {
				if (candidate.isHeadedBy(group, subHeadings.cell(column).text())) {
					columns.putIfAbsent(candidate, column);
				}
			}
		}
		return columns;
	}

	private static Map<AeColumn, SourceValue> counts(Row row, Map<AeWorkbookColumn, Integer> columns) {
		Map<AeColumn, SourceValue> counts = new EnumMap<>(AeColumn.class);
		AeColumn.COUNTS.forEach(column -> counts.put(column, new SourceValue(null, row.at())));
		columns.forEach((column, index) -> counts.put(column.fact(), row.cell(index)));
		counts.put(AeColumn.WAITED_4_TO_12_HOURS,
				differenceOf(row.cell(columns.get(AeWorkbookColumn.WAITED_OVER_4_HOURS)),
						row.cell(columns.get(AeWorkbookColumn.WAITED_OVER_12_HOURS))));
		return counts;
	}

	/**
	 * The waits of 4 to 12 hours, where the cell is; a value that is not a number is kept
	 * as it stands, for the rules to report.
	 */
	private static SourceValue differenceOf(SourceValue overFour, SourceValue overTwelve) {
		BigDecimal four = Numbers.parse(overFour).value();
		BigDecimal twelve = Numbers.parse(overTwelve).value();
		if (four == null || twelve == null) {
			return overFour;
		}
		return new SourceValue(four.subtract(twelve).doubleValue(), overFour.at());
	}

	private static int column(Row row, String heading) {
		for (int column = 0; column < row.width(); column++) {
			if (TextMatch.same(row.cell(column).text(), heading)) {
				return column;
			}
		}
		return -1;
	}

}
