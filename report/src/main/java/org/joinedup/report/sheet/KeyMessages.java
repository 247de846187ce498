package org.joinedup.report.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.joinedup.report.query.NonElectiveQuarter;
import org.joinedup.report.query.ReportData;

/**
 * The Summary's key messages. Those about the year to date are Excel formulas over the
 * named figures, e.g. "Emergency (non-elective) admissions were 28,404 (4.1%) above plan
 * in the year to date, costing about £45.8m."
 */
final class KeyMessages {

	private KeyMessages() {
	}

	static String reporting() {
		return "Areas_Reporting&\" of \"&Areas_Expected&\" expected areas have an accepted return for the quarter.\"";
	}

	/** {@code metric} is the prefix of the figures' names: NEA or DTOC. */
	static String againstPlan(String what, String metric) {
		String variance = metric + "_Variance_YTD";
		return "IF(" + metric + "_Plan_YTD=0,\"" + what + ": no plan was reported for the year to date.\",\"" + what
				+ " were \"&IF(" + variance + "=0,\"exactly on plan\",TEXT(ABS(" + variance
				+ "),\"#,##0\")&\" (\"&TEXT(ABS(" + metric + "_Variance_Pct),\"0.0%\")&\") \"&IF(" + variance
				+ ">0,\"above\",\"below\")&\" plan\")" + "&\" in the year to date\"&IF(" + variance
				+ "=0,\"\",\", \"&IF(" + variance + ">0,\"costing\",\"saving\")&\" about £\"&TEXT(ABS(" + metric
				+ "_Variance_Cost)/1000000,\"#,##0.0\")&\"m\")&\"; \"&Areas_" + metric
				+ "_Above_Plan&\" of \"&Areas_Reporting&\" areas were above their plan.\")";
	}

	static String savings() {
		return "IF(Savings_Planned=0,\"No savings were planned in the returns for the quarter.\",\"Areas achieved £\"&"
				+ "TEXT(Savings_Achieved/1000000,\"#,##0.0\")&\"m of the £\"&TEXT(Savings_Planned/1000000,\"#,##0.0\")&\"m "
				+ "savings planned for the year (\"&TEXT(Savings_Achieved_Pct,\"0%\")&\"); \"&Areas_Savings_Off_Track&\" of "
				+ "\"&Areas_Reporting&\" areas are off track.\")";
	}

	/**
	 * The areas' non-elective admissions in the quarter against the quarter before, from
	 * the Non-elective admissions table (not a formula: that table is on another sheet).
	 */
	static String sinceLastQuarter(ReportData data) {
		List<NonElectiveQuarter> quarters = data.nonElectiveByQuarter();
		if (quarters.size() < 2) {
			return "The quarter is the first of the financial year: no earlier quarter of the year to compare with.";
		}
		NonElectiveQuarter now = quarters.get(quarters.size() - 1);
		NonElectiveQuarter before = quarters.get(quarters.size() - 2);
		if (now.bcfActual() == null || before.bcfActual() == null || before.bcfActual().signum() == 0) {
			return "No change since the previous quarter can be given: a quarter without non-elective actuals.";
		}
		BigDecimal change = now.bcfActual()
			.subtract(before.bcfActual())
			.multiply(BigDecimal.valueOf(100))
			.divide(before.bcfActual(), 1, RoundingMode.HALF_UP);
		return String.format(Locale.UK,
				"Non-elective admissions in %s were %,.0f (%d areas), %s%% %s on %s (%,.0f, %d areas).",
				now.quarter().label(), now.bcfActual(), now.bcfAreas(), change.abs().toPlainString(),
				change.signum() >= 0 ? "up" : "down", before.quarter().label(), before.bcfActual(), before.bcfAreas());
	}

}
