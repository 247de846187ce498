package org.joinedup.report.sheet;

import org.joinedup.report.style.CellFormat;

/**
 * The named cells of the Summary sheet, in the order they appear (one per row, value in
 * column B). A figure with a formula is derived from other figures, named as
 * {@code {Name}}; the others hold stored values.
 */
public enum SummaryFigure {

	AREAS_EXPECTED("Areas_Expected", "Areas expected to report", CellFormat.COUNT, null,
			"Areas of the current areas reference valid in the quarter, and any area with a retired code that returned for it"),
	AREAS_REPORTING("Areas_Reporting", "Areas reporting (accepted return)", CellFormat.COUNT, null,
			"Expected areas whose current return for the quarter was accepted; every figure below adds up these areas"),
	SPEND_PLANNED_YTD("Spend_Planned_YTD", "Planned expenditure, year to date", CellFormat.MONEY, null,
			"Income and Expenditure: planned expenditure of each quarter to date, from the latest accepted return carrying it"),
	SPEND_ACTUAL_YTD("Spend_Actual_YTD", "Actual expenditure, year to date", CellFormat.MONEY, null,
			"Income and Expenditure: actual expenditure of each quarter to date, from the latest accepted return carrying it"),
	SAVINGS_PLANNED("Savings_Planned", "Planned savings (whole year)", CellFormat.MONEY,
			"SUM(Savings[Planned savings (£)])",
			"Total of the Savings table: the savings schemes of the quarter's returns, planned for the whole year"),
	SAVINGS_ACHIEVED("Savings_Achieved", "Savings achieved to date", CellFormat.MONEY,
			"SUM(Savings[Savings achieved (£)])",
			"Total of the Savings table: the savings schemes of the quarter's returns, achieved in the year to date"),
	NEA_BASELINE_YTD("NEA_Baseline_YTD", "Non-elective admissions: baseline", CellFormat.COUNT,
			"SUM(Admissions[Baseline])",
			"Total of the Admissions table: the quarters' baselines (same quarter one year earlier)"),
	NEA_PLAN_YTD("NEA_Plan_YTD", "Non-elective admissions: plan", CellFormat.COUNT, "SUM(Admissions[Plan])",
			"Total of the Admissions table: the quarters' plans"),
	NEA_ACTUAL_YTD("NEA_Actual_YTD", "Non-elective admissions: actual", CellFormat.COUNT, "SUM(Admissions[Actual])",
			"Total of the Admissions table: the quarters' actuals"),
	NEA_VARIANCE_YTD("NEA_Variance_YTD", "Non-elective admissions: variance vs plan", CellFormat.COUNT,
			"{NEA_Actual_YTD}-{NEA_Plan_YTD}", "Actual − plan (positive: more admissions than planned)"),
	NEA_VARIANCE_COST("NEA_Variance_Cost", "Cost of admissions variance", CellFormat.MONEY,
			"{NEA_Variance_YTD}*{Cost_NEA_Unit}", "Variance × cost per non-elective admission"),
	DTOC_BASELINE_YTD("DTOC_Baseline_YTD", "Delayed days: baseline", CellFormat.COUNT,
			"SUM(DelayedTransfers[Baseline])",
			"Total of the DelayedTransfers table: the quarters' baselines (same quarter one year earlier)"),
	DTOC_PLAN_YTD("DTOC_Plan_YTD", "Delayed days: plan", CellFormat.COUNT, "SUM(DelayedTransfers[Plan])",
			"Total of the DelayedTransfers table: the quarters' plans"),
	DTOC_ACTUAL_YTD("DTOC_Actual_YTD", "Delayed days: actual", CellFormat.COUNT, "SUM(DelayedTransfers[Actual])",
			"Total of the DelayedTransfers table: the quarters' actuals"),
	DTOC_VARIANCE_YTD("DTOC_Variance_YTD", "Delayed days: variance vs plan", CellFormat.COUNT,
			"{DTOC_Actual_YTD}-{DTOC_Plan_YTD}", "Actual − plan (positive: more delayed days than planned)"),
	DTOC_VARIANCE_COST("DTOC_Variance_Cost", "Cost of delayed days variance", CellFormat.MONEY,
			"{DTOC_Variance_YTD}*{Cost_DTOC_Unit}", "Variance × cost per delayed day"),
	RES_ACTUAL_YTD("RES_Actual_YTD", "Permanent admissions 65+ to care homes", CellFormat.COUNT,
			"SUM(CareOutcomes[Residential admissions 65+])", "Total of the CareOutcomes table: the quarters' actuals"),
	REA_ACTUAL_YTD("REA_Actual_YTD", "Still at home 91 days after reablement", CellFormat.PERCENT,
			"IF(SUM(CareOutcomes[Reablement: discharged])>0,SUM(CareOutcomes[Reablement: at home after 91 days])"
					+ "/SUM(CareOutcomes[Reablement: discharged]),0)",
			"CareOutcomes table: the people at home after 91 days over the people discharged (0 when none reported)"),
	COST_NEA_UNIT("Cost_NEA_Unit", "Cost per non-elective admission", CellFormat.MONEY, null,
			"Configuration (default £1,611)"),
	COST_DTOC_UNIT("Cost_DTOC_Unit", "Cost per delayed day", CellFormat.MONEY, null, "Configuration (default £305)"),
	SAVINGS_ACHIEVED_PCT("Savings_Achieved_Pct", "Savings achieved, share of the year's plan", CellFormat.PERCENT,
			"IF({Savings_Planned}>0,{Savings_Achieved}/{Savings_Planned},0)", "Savings achieved ÷ planned savings"),
	AREAS_SAVINGS_OFF_TRACK("Areas_Savings_Off_Track", "Areas off track on savings", CellFormat.COUNT,
			"COUNTIF(Savings[Status],\"Off track\")", "Areas whose Status in the Savings table is Off track"),
	NEA_VARIANCE_PCT("NEA_Variance_Pct", "Non-elective admissions: variance, share of plan", CellFormat.PERCENT,
			"IF({NEA_Plan_YTD}<>0,{NEA_Variance_YTD}/{NEA_Plan_YTD},0)", "Variance ÷ plan (positive: worse than plan)"),
	AREAS_NEA_ABOVE_PLAN("Areas_NEA_Above_Plan", "Areas with more admissions than planned", CellFormat.COUNT,
			"COUNTIF(Admissions[Variance vs plan],\">0\")", "Areas whose variance in the Admissions table is above 0"),
	DTOC_VARIANCE_PCT("DTOC_Variance_Pct", "Delayed days: variance, share of plan", CellFormat.PERCENT,
			"IF({DTOC_Plan_YTD}<>0,{DTOC_Variance_YTD}/{DTOC_Plan_YTD},0)",
			"Variance ÷ plan (positive: worse than plan)"),
	AREAS_DTOC_ABOVE_PLAN("Areas_DTOC_Above_Plan", "Areas with more delayed days than planned", CellFormat.COUNT,
			"COUNTIF(DelayedTransfers[Variance vs plan],\">0\")",
			"Areas whose variance in the DelayedTransfers table is above 0");

	/** Row (0-based) of the first figure; the row above holds the column headings. */
	static final int FIRST_ROW = SummarySheet.FIGURES_HEADER_ROW + 1;
	static final int VALUE_COLUMN = 1;

	private final String excelName;

	private final String label;

	private final CellFormat format;

	private final String formula;

	private final String definition;

	SummaryFigure(String excelName, String label, CellFormat format, String formula, String definition) {
		this.excelName = excelName;
		this.label = label;
		this.format = format;
		this.formula = formula;
		this.definition = definition;
	}

	public String excelName() {
		return excelName;
	}

	public String label() {
		return label;
	}

	public CellFormat format() {
		return format;
	}

	public String definition() {
		return definition;
	}

	public boolean isDerived() {
		return formula != null;
	}

	public int row() {
		return FIRST_ROW + ordinal();
	}

	/** "$B$5" */
	public String localReference() {
		return "$B$" + (row() + 1);
	}

	/** "Summary!$B$5", for formulas on other sheets and for the workbook name. */
	public String absoluteReference() {
		return SummarySheet.NAME + "!" + localReference();
	}

	/** The formula with the other figures it uses turned into cell references. */
	public String resolvedFormula() {
		String resolved = formula;
		for (SummaryFigure other : values()) {
			resolved = resolved.replace("{" + other.excelName + "}", other.localReference());
		}
		return resolved;
	}

}
