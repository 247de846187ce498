package org.joinedup.report.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.FindingRow;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.ReturnLine;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.style.StatusColour;
import org.joinedup.report.table.Column;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * What was received for the quarter and what became of it (Submissions); every finding
 * has a sheet of its own ({@link #findings(SheetKit)}, table Findings).
 */
public final class DataQualitySheet implements ReportSheet {

	/** A return that counts, one a later return replaced, one that does not count. */
	static final Map<String, StatusColour> SUBMISSION_STATUS = Map.of("Accepted", StatusColour.GREEN, "Superseded",
			StatusColour.AMBER, "Rejected", StatusColour.RED, ReturnLine.MISSING, StatusColour.RED);

	static final Map<String, StatusColour> SEVERITY = Map.of("Warning", StatusColour.AMBER, "Error", StatusColour.RED);

	private final SheetKit kit;

	public DataQualitySheet(SheetKit kit) {
		this.kit = kit;
	}

	@Override
	public String name() {
		return "Data quality";
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		List<ReturnLine> lines = ReturnLine.of(data.submissions(), data.expectedAreas(), data.quarter());
		long missing = lines.stream().filter(l -> l.status().equals(ReturnLine.MISSING)).count();
		kit.heading(sheet, "Data quality", data.quarter(),
				"Returns received for " + data.quarter().label() + ": " + data.submissions().size()
						+ "; expected areas with no return: " + missing + "; findings: " + data.findings().size()
						+ " (on the Findings sheet). Listed: the quarter's returns, the reference and survey files its"
						+ " figures use and, in the latest quarter's workbook, files rejected before a period could be"
						+ " read.");
		kit.tables()
			.write(sheet, SheetKit.TABLE_HEADER_ROW, 0, "Submissions", submissionColumns(data.quarter()), lines);
	}

	@Override
	public String description() {
		return "Every return received for the quarter and what became of it, and the expected areas without one";
	}

	/** The Findings sheet (table Findings, formerly Rejections): every finding. */
	public static ReportSheet findings(SheetKit kit) {
		return new WrittenSheet("Findings",
				"Every finding on the files received: why a return was rejected, and warnings",
				(sheet, data) -> kit.tableSheet(sheet, "Findings: " + data.quarter().label() + " and year to date",
						"Every finding on the files Data quality lists for " + data.quarter().label() + " ("
								+ data.findings().size() + "). Level is file, record or group.",
						"Findings", findingColumns(), data.findings()));
	}

	/**
	 * The Submissions table's columns; a quarterly return's period is the quarter, a
	 * monthly extract's its month.
	 */
	public static List<Column<ReturnLine>> submissionColumns(FinancialQuarter quarter) {
		return List.of(Column.text("Return type", ReturnLine::returnType), Column.text("Code", ReturnLine::code),
				Column.text("Name", ReturnLine::name),
				Column.value("Period", CellFormat.MONTH, l -> l.month() == null ? quarter.label() : l.month()),
				Column.<ReturnLine>text("Status", ReturnLine::status).coloured(SUBMISSION_STATUS),
				Column.text("File", ReturnLine::file),
				Column.value("Received", CellFormat.DATE_TIME, ReturnLine::received),
				Column.value("Findings", CellFormat.COUNT, ReturnLine::findings),
				Column.text("First finding", ReturnLine::firstFinding));
	}

	/** The Findings table's columns (also the {@code rejections} command's). */
	public static List<Column<FindingRow>> findingColumns() {
		return List.of(Column.text("File", FindingRow::fileName),
				Column.text("Level", f -> f.level() == null ? null : f.level().toLowerCase(Locale.ROOT)),
				Column
					.<FindingRow>text("Severity",
							f -> f.severity() == null ? null : ReturnLine.statusWord(f.severity()))
					.coloured(SEVERITY),
				Column.text("Sheet", FindingRow::sheet),
				Column.<FindingRow>value("Row", CellFormat.COUNT, FindingRow::rowNumber).noTotal(),
				Column.text("Column", FindingRow::columnName), Column.text("Value", FindingRow::cellValue),
				Column.text("Rule", FindingRow::rule), Column.text("Message", FindingRow::message));
	}

}
