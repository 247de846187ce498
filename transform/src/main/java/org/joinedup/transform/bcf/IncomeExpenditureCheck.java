package org.joinedup.transform.bcf;

import java.math.BigDecimal;
import java.util.List;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * The Income and Expenditure sheet restates the year so far; actuals for a quarter after
 * the reporting period are ignored with a warning.
 */
final class IncomeExpenditureCheck {

	private final Checks checks;

	IncomeExpenditureCheck(Checks checks) {
		this.checks = checks;
	}

	void check(List<IncomeExpenditureRow> rows, IncomeExpenditureRow total, String areaCode, FinancialQuarter period,
			List<Fact> facts) {
		BigDecimal[] sums = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		for (IncomeExpenditureRow row : rows) {
			Integer quarter = quarterOf(row.quarter());
			if (quarter == null) {
				checks.warning(Level.RECORD, row.quarter(), "quarter-unrecognised",
						"Rows of Income and Expenditure are Q1 to Q4 then Total; this row was ignored");
				continue;
			}
			BigDecimal plannedIncome = checks.money(row.plannedIncome(), "Planned income");
			BigDecimal actualIncome = checks.money(row.actualIncome(), "Actual income");
			BigDecimal plannedExpenditure = checks.money(row.plannedExpenditure(), "Planned expenditure");
			BigDecimal actualExpenditure = checks.money(row.actualExpenditure(), "Actual expenditure");
			sums[0] = TotalCheck.add(sums[0], plannedIncome);
			sums[1] = TotalCheck.add(sums[1], actualIncome);
			sums[2] = TotalCheck.add(sums[2], plannedExpenditure);
			sums[3] = TotalCheck.add(sums[3], actualExpenditure);
			FinancialQuarter about = new FinancialQuarter(period.finYear(), quarter);
			if (about.isAfter(period) && (actualIncome != null || actualExpenditure != null)) {
				checks.warning(Level.RECORD, actualExpenditure != null ? row.actualExpenditure() : row.actualIncome(),
						"future-actual",
						"Actuals for " + about + " are after the reporting period " + period + " and were ignored");
				actualIncome = null;
				actualExpenditure = null;
			}
			if (plannedIncome != null || actualIncome != null || plannedExpenditure != null
					|| actualExpenditure != null) {
				facts.add(new IncomeExpenditureFact(areaCode, about, plannedIncome, actualIncome, plannedExpenditure,
						actualExpenditure, row.quarter().at().sheet(), row.quarter().at().row()));
			}
		}
		if (total != null) {
			TotalCheck.check(checks, total.plannedIncome(), sums[0], "planned income");
			TotalCheck.check(checks, total.actualIncome(), sums[1], "actual income");
			TotalCheck.check(checks, total.plannedExpenditure(), sums[2], "planned expenditure");
			TotalCheck.check(checks, total.actualExpenditure(), sums[3], "actual expenditure");
		}
	}

	private static Integer quarterOf(SourceValue label) {
		String text = TextMatch.normalise(label.text()).replace("quarter", "q").replace(" ", "");
		return text.matches("q[1-4]") ? Integer.valueOf(text.substring(1)) : null;
	}

}
