package org.joinedup.report.sheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.Area;
import org.joinedup.report.query.FindingRow;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.ReturnTypes;
import org.joinedup.report.query.SubmissionRow;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;
import org.joinedup.report.table.TablePlacement;

/** What was received for the quarter and what became of it (Submissions), and every finding (Rejections). */
public final class DataQualitySheet implements ReportSheet {

	/** One line of the Submissions table: a received return, or an expected area with none. */
	record ReturnLine(String returnType, String code, String name, String period, String status, String file,
			LocalDateTime received, Integer findings, String firstFinding) {
	}

	private static final String NATIONAL = "England (national extract)";

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
		List<ReturnLine> lines = returnLines(data);
		long missing = lines.stream().filter(l -> l.status().equals("Missing")).count();
		kit.heading(sheet, "Data quality", data.quarter(), "Returns received for " + data.quarter().label() + ": "
				+ data.submissions().size() + "; expected areas with no return: " + missing + "; findings: "
				+ data.findings().size() + " (including files that could not be dated).");
		TablePlacement submissions = kit.tables().write(sheet, SheetKit.TABLE_HEADER_ROW, 0, "Submissions",
				submissionColumns(), lines);
		kit.tables().write(sheet, SheetKit.TABLE_HEADER_ROW,
				submissions.columnBesideWithGap(), "Rejections", findingColumns(),
				data.findings());
	}

	static List<ReturnLine> returnLines(ReportData data) {
		List<ReturnLine> lines = new ArrayList<>();
		for (SubmissionRow s : data.submissions()) {
			Area area = s.orgCode() == null ? null : data.area(s.orgCode());
			String period = s.month() == null ? data.quarter().label() : MonthlyChartBlock.MONTH.format(s.month());
			String name = area != null ? area.name() : s.orgName() != null ? s.orgName() : nationalName(s);
			lines.add(new ReturnLine(s.returnType(), s.orgCode(), name, period, statusWord(s.status()), s.fileName(),
					s.receivedAt(), s.findingCount(), s.firstFinding()));
		}
		lines.addAll(missingMonths(data));
		Set<String> received = data.submissions().stream().map(SubmissionRow::orgCode).collect(Collectors.toSet());
		for (Area area : data.expectedAreas()) {
			if (!received.contains(area.onsCode())) {
				lines.add(new ReturnLine(ReturnTypes.BCF_QUARTERLY, area.onsCode(), area.name(), data.quarter().label(),
						"Missing", null, null, null, null));
			}
		}
		lines.sort(Comparator.comparing((ReturnLine l) -> l.name() == null ? "" : l.name())
				.thenComparing(l -> l.code() == null ? "" : l.code())
				.thenComparing(ReturnLine::returnType)
				.thenComparing(ReturnLine::received, Comparator.nullsLast(Comparator.naturalOrder())));
		return lines;
	}

	/** A monthly extract without a provider of its own is a national one. */
	private static String nationalName(SubmissionRow s) {
		return s.month() != null ? NATIONAL : null;
	}

	/**
	 * The months of the quarter with no extract of a monthly feed that sent any for the quarter (a feed that sends
	 * nothing at all is not one this warehouse takes in).
	 */
	private static List<ReturnLine> missingMonths(ReportData data) {
		List<ReturnLine> missing = new ArrayList<>();
		Map<String, Set<LocalDate>> monthsByType = data.submissions().stream()
			.filter(s -> s.month() != null)
			.collect(Collectors.groupingBy(SubmissionRow::returnType,
					Collectors.mapping(SubmissionRow::month, Collectors.toSet())));
		monthsByType.forEach((type, months) -> {
			for (int i = 0; i < 3; i++) {
				LocalDate month = data.quarter().start().plusMonths(i);
				if (!months.contains(month)) {
					missing.add(new ReturnLine(type, null, NATIONAL, MonthlyChartBlock.MONTH.format(month), "Missing",
							null, null, null, null));
				}
			}
		});
		return missing;
	}

	private static String statusWord(String status) {
		String lower = status.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	private static List<Column<ReturnLine>> submissionColumns() {
		return List.of(
				Column.text("Return type", ReturnLine::returnType),
				Column.text("Code", ReturnLine::code),
				Column.text("Name", ReturnLine::name),
				Column.text("Period", ReturnLine::period),
				Column.text("Status", ReturnLine::status),
				Column.text("File", ReturnLine::file),
				Column.value("Received", CellFormat.DATE_TIME, ReturnLine::received),
				Column.value("Findings", CellFormat.COUNT, ReturnLine::findings),
				Column.text("First finding", ReturnLine::firstFinding));
	}

	private static List<Column<FindingRow>> findingColumns() {
		return List.of(
				Column.text("File", FindingRow::fileName),
				Column.text("Level", f -> f.level() == null ? null : f.level().toLowerCase(Locale.ROOT)),
				Column.text("Severity", f -> f.severity() == null ? null : statusWord(f.severity())),
				Column.text("Sheet", FindingRow::sheet),
				Column.value("Row", CellFormat.COUNT, FindingRow::rowNumber),
				Column.text("Column", FindingRow::columnName),
				Column.text("Value", FindingRow::cellValue),
				Column.text("Rule", FindingRow::rule),
				Column.text("Message", FindingRow::message));
	}
}
