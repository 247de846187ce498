package org.joinedup.report.sheet;

import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.Area;
import org.joinedup.report.query.AreaFigures;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.SavingsScheme;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.style.StatusColour;
import org.joinedup.report.table.Column;

/**
 * Savings per area (table Savings); the schemes as the returns state them have a sheet of
 * their own ({@link #schemes(SheetKit)}, table Schemes).
 */
public final class SavingsSheet implements ReportSheet {

	/**
	 * An area is "At risk" when it has achieved at least this share of what the elapsed
	 * part of the year implies.
	 */
	static final double AT_RISK_SHARE = 0.75;

	private static final String PLANNED = "Planned savings (£)";

	private static final String ACHIEVED = "Savings achieved (£)";

	private static final String ACHIEVED_SHARE = "Achieved (%)";

	/** An area's status, and a scheme's as its return states it. */
	static final Map<String, StatusColour> STATUS = Map.of("On track", StatusColour.GREEN, "At risk",
			StatusColour.AMBER, "No plan", StatusColour.AMBER, "Off track", StatusColour.RED);

	private final SheetKit kit;

	public SavingsSheet(SheetKit kit) {
		this.kit = kit;
	}

	@Override
	public String name() {
		return "Savings";
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		kit.heading(sheet, "Savings", data.quarter(), "From each area's return for " + data.quarter().label()
				+ ": planned savings for the whole year, savings achieved in the " + SheetKit.yearToDate(data.quarter())
				+ ". Variance (£) = planned − achieved, the shortfall against plan: positive is worse than plan, as"
				+ " every variance in this workbook. Area status: " + statusRule(data.quarter().elapsedShareOfYear())
				+ ".");
		kit.tables()
			.write(sheet, SheetKit.TABLE_HEADER_ROW, 0, "Savings", areaColumns(data.quarter().elapsedShareOfYear()),
					data.reportingAreas());
	}

	@Override
	public String description() {
		return "Savings per area: planned for the year, achieved to date, variance and status";
	}

	/** The Schemes sheet: every savings scheme of the quarter's accepted returns. */
	public static ReportSheet schemes(SheetKit kit) {
		return new WrittenSheet("Schemes", "Savings per scheme as each area's return states them",
				(sheet, data) -> kit.tableSheet(sheet,
						"Savings schemes: " + data.quarter().label() + " and year to date",
						"Every savings scheme of the accepted returns for " + data.quarter().label()
								+ ": planned savings for the whole year, savings achieved in the "
								+ SheetKit.yearToDate(data.quarter()) + ". Status is as the return states it.",
						"Schemes", schemeColumns(data), data.schemes()));
	}

	static String statusRule(double elapsedShare) {
		return String.format(
				"On track when achieved (%%) is at least the share of the year elapsed (%.0f%%),"
						+ " At risk when at least %.0f%% of that, Off track below, No plan when nothing was planned",
				elapsedShare * 100, AT_RISK_SHARE * 100);
	}

	private static List<Column<AreaFigures>> areaColumns(double elapsedShare) {
		String onTrack = "{" + ACHIEVED_SHARE + "}>=" + elapsedShare;
		String atRisk = "{" + ACHIEVED_SHARE + "}>=" + (elapsedShare * AT_RISK_SHARE);
		String achievedShare = "IF({" + PLANNED + "}>0,{" + ACHIEVED + "}/{" + PLANNED + "},\"\")";
		return List.of(Column.text("ONS code", a -> a.area().onsCode()), Column.text("Area", a -> a.area().name()),
				Column.text("Region", a -> a.area().region()),
				Column.value(PLANNED, CellFormat.MONEY, AreaFigures::plannedSavings),
				Column.value(ACHIEVED, CellFormat.MONEY, AreaFigures::achievedSavings),
				Column.formula("Variance (£)", CellFormat.MONEY, "{" + PLANNED + "}-{" + ACHIEVED + "}"),
				Column.<AreaFigures>formula(ACHIEVED_SHARE, CellFormat.PERCENT, achievedShare)
					.totalledAs(achievedShare),
				Column
					.<AreaFigures>formula("Status", CellFormat.TEXT,
							"IF({" + PLANNED + "}>0,IF(" + onTrack + ",\"On track\",IF(" + atRisk
									+ ",\"At risk\",\"Off track\")),\"No plan\")")
					.coloured(STATUS));
	}

	private static List<Column<SavingsScheme>> schemeColumns(ReportData data) {
		return List.of(Column.text("ONS code", SavingsScheme::areaCode), Column.text("Area", s -> areaName(data, s)),
				Column.text("Scheme ID", SavingsScheme::schemeId),
				Column.text("Scheme name", SavingsScheme::schemeName),
				Column.text("Scheme type", SavingsScheme::schemeType),
				Column.value(PLANNED, CellFormat.MONEY, SavingsScheme::plannedSavings),
				Column.value(ACHIEVED, CellFormat.MONEY, SavingsScheme::achievedSavings),
				Column.<SavingsScheme>text("Status", SavingsScheme::status).coloured(STATUS));
	}

	private static String areaName(ReportData data, SavingsScheme scheme) {
		Area area = data.area(scheme.areaCode());
		return area == null ? null : area.name();
	}

}
