package org.joinedup.transform.bcf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.period.FinancialQuarter;

/** The Metrics sheet: one row per national metric, with counts or proportions. */
final class MetricsCheck {

	private final Checks checks;

	private final String file;

	MetricsCheck(Checks checks, String file) {
		this.checks = checks;
		this.file = file;
	}

	void check(List<MetricRow> rows, String areaCode, FinancialQuarter period, List<Fact> facts) {
		for (NationalMetric metric : NationalMetric.values()) {
			Optional<MetricRow> row = rows.stream().filter(r -> metric.matches(r.metric().text())).findFirst();
			if (row.isEmpty()) {
				String sheet = rows.isEmpty() ? "Metrics" : rows.get(0).metric().at().sheet();
				checks.add(new Finding(Level.RECORD, Severity.ERROR, file, sheet, null, "Metric", metric.name(),
						"metric-missing", "There is no row for " + metric.name() + " (" + metric.title() + ")"));
				continue;
			}
			MetricRow r = row.get();
			String what = metric.name() + " ";
			MetricFact fact = metric.isCount() ? countFact(metric, r, what, areaCode, period)
					: proportionFact(r, what, areaCode, period);
			if (fact != null) {
				facts.add(fact);
			}
		}
	}

	private MetricFact countFact(NationalMetric metric, MetricRow r, String what, String areaCode,
			FinancialQuarter period) {
		BigDecimal baseline = checks.count(r.baseline(), what + "baseline", false);
		BigDecimal plan = checks.count(r.plan(), what + "plan", true);
		BigDecimal actual = checks.count(r.actual(), what + "actual", true);
		return fact(metric, r, areaCode, period, baseline, plan, actual, null, null);
	}

	private MetricFact proportionFact(MetricRow r, String what, String areaCode, FinancialQuarter period) {
		BigDecimal baseline = checks.proportion(r.baseline(), what + "baseline");
		BigDecimal plan = checks.proportion(r.plan(), what + "plan");
		BigDecimal numerator = checks.count(r.numerator(), what + "numerator", false);
		BigDecimal denominator = checks.count(r.denominator(), what + "denominator", false);
		BigDecimal actual;
		if (numerator != null && denominator != null) {
			if (numerator.compareTo(denominator) > 0) {
				checks.error(Level.RECORD, r.numerator(), "numerator-exceeds-denominator",
						what + "numerator cannot exceed its denominator (" + r.denominator().text() + ")");
				return null;
			}
			actual = denominator.signum() == 0 ? null : numerator.divide(denominator, 6, RoundingMode.HALF_UP);
		}
		else {
			actual = checks.proportion(r.actual(), what + "actual");
		}
		return fact(NationalMetric.REA, r, areaCode, period, baseline, plan, actual, numerator, denominator);
	}

	private MetricFact fact(NationalMetric metric, MetricRow r, String areaCode, FinancialQuarter period,
			BigDecimal baseline, BigDecimal plan, BigDecimal actual, BigDecimal numerator, BigDecimal denominator) {
		String commentary = checks.text(r.commentary(), 4000, "The commentary");
		return new MetricFact(areaCode, period, metric.name(), baseline, plan, actual, numerator, denominator,
				commentary, r.metric().at().sheet(), r.metric().at().row());
	}

}
