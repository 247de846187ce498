package org.joinedup.transform.ae;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.value.Numbers;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;

/**
 * Reads NHS England's monthly A&E workbook into the rows of the extract (R3): each row of
 * the provider table, its month the sheet's {@code Period:}, its parent the Region. The
 * first row, England, is the check total, as the extract's TOTAL row is.
 */
public final class AeWorkbookReader {

	static final String SHEET_MISSING = "ae-provider-sheet-missing";

	/** What the workbook gave: the rows, and why any could not be read. */
	public record Content(List<AeRow> rows, List<Finding> findings) {
	}

	/**
	 * Since 2020 the workbook's Provider Level Data counts booked appointments in; its
	 * Non-Booked Data holds the attendances the extract's attendance columns count, and
	 * Booked Appointments Data the booked ones.
	 * @throws UnreadableFileException when a sheet turns out unreadable part-way
	 */
	public Content read(Workbook workbook) {
		Optional<Sheet> nonBooked = workbook.sheet("Non-Booked Data");
		Optional<Sheet> providers = nonBooked.or(() -> workbook.sheets()
			.stream()
			.filter(sheet -> AeWorkbookSheet.hasLabel(sheet, "Provider Level Data"))
			.findFirst());
		if (providers.isEmpty()) {
			return new Content(List.of(), List.of(Finding.fileError(workbook.file(), SHEET_MISSING,
					"The A&E workbook has no sheet of Provider Level Data")));
		}
		return read(providers.get(), nonBooked.flatMap(sheet -> workbook.sheet("Booked Appointments Data")));
	}

	private static Content read(Sheet sheet, Optional<Sheet> bookedSheet) {
		List<Finding> findings = new ArrayList<>();
		Optional<AeWorkbookTable> table = AeWorkbookTable.read(sheet, AeWorkbookColumn.PROVIDER_TABLE, findings);
		Optional<AeWorkbookTable> booked = bookedSheet
			.flatMap(bookedData -> AeWorkbookTable.read(bookedData, AeWorkbookColumn.BOOKED_TABLE, findings));
		if (table.isEmpty() || !findings.isEmpty()) {
			return new Content(List.of(), findings);
		}
		SourceValue period = AeWorkbookSheet.metadata(sheet, "Period")
			.orElseGet(() -> new SourceValue(null, new Provenance(sheet.file(), sheet.name(), null, null)));
		AeWorkbookTable providers = table.get();
		List<AeRow> rows = providers.rows()
			.stream()
			.map(row -> new AeRow(period, providers.cell(row, "Code"), providers.cell(row, "Region"),
					providers.cell(row, "Name"), counts(row, providers, booked)))
			.toList();
		return new Content(rows, List.of());
	}

	private static Map<AeColumn, SourceValue> counts(Row row, AeWorkbookTable providers,
			Optional<AeWorkbookTable> booked) {
		Map<AeColumn, SourceValue> counts = new EnumMap<>(AeColumn.class);
		AeColumn.COUNTS.forEach(column -> counts.put(column, new SourceValue(null, row.at())));
		providers.putCounts(row, counts);
		booked.ifPresent(bookedData -> bookedData.row(providers.cell(row, "Code").text())
			.ifPresent(bookedRow -> bookedData.putCounts(bookedRow, counts)));
		counts.put(AeColumn.WAITED_4_TO_12_HOURS,
				differenceOf(providers.cell(row, AeWorkbookColumn.WAITED_OVER_4_HOURS),
						providers.cell(row, AeWorkbookColumn.WAITED_OVER_12_HOURS)));
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

}
