package org.joinedup.report.sheet;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.AreaFigures;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;

/**
 * Care-home admissions of people 65+ (with a rate per 65+ population) and reablement
 * outcomes.
 */
public final class CareOutcomesSheet implements ReportSheet {

	private static final String RES = "Residential admissions 65+";

	private static final String POPULATION = "Population 65+";

	private static final String AT_HOME = "Reablement: at home after 91 days";

	private static final String DISCHARGED = "Reablement: discharged";

	private final SheetKit kit;

	public CareOutcomesSheet(SheetKit kit) {
		this.kit = kit;
	}

	@Override
	public String name() {
		return "Care outcomes";
	}

	@Override
	public String description() {
		return "Care-home admissions 65+ with a rate per 100,000 65+, and reablement outcomes, per area";
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		kit.heading(sheet, "Care outcomes", data.quarter(), "Per area, " + SheetKit.yearToDate(data.quarter())
				+ ". Rate per 100,000 uses the 65+ population of ONS's mid-year estimates (or of the areas reference"
				+ " for an area they lack); reablement is the people still"
				+ " at home 91 days after discharge into reablement over the people discharged.");
		// a ratio's total is the ratio of the totals
		String perPopulation = "IF({" + POPULATION + "}>0,{" + RES + "}/{" + POPULATION + "}*100000,\"\")";
		String atHome = "IF({" + DISCHARGED + "}>0,{" + AT_HOME + "}/{" + DISCHARGED + "},\"\")";
		List<Column<AreaFigures>> columns = List.of(Column.text("ONS code", a -> a.area().onsCode()),
				Column.text("Area", a -> a.area().name()),
				Column.value(RES, CellFormat.COUNT, a -> a.metric("RES").actual()),
				Column.value(POPULATION, CellFormat.COUNT, a -> a.area().population65()),
				Column.<AreaFigures>formula("per 100,000 65+", CellFormat.RATE, perPopulation)
					.totalledAs(perPopulation),
				Column.value(AT_HOME, CellFormat.COUNT, a -> a.metric("REA").numerator()),
				Column.value(DISCHARGED, CellFormat.COUNT, a -> a.metric("REA").denominator()),
				Column.<AreaFigures>formula("Reablement at home 91 days (%)", CellFormat.PERCENT, atHome)
					.totalledAs(atHome));
		kit.tables().write(sheet, SheetKit.TABLE_HEADER_ROW, 0, "CareOutcomes", columns, data.reportingAreas());
	}

}
