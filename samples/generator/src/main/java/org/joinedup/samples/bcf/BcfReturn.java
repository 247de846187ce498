package org.joinedup.samples.bcf;

import java.time.LocalDate;
import java.util.List;

import org.joinedup.samples.area.Area;

/** The content of one R1 Better Care Fund quarterly return, before any layout choice. */
public record BcfReturn(Area area, Quarter period, String templateVersion, List<MetricLine> metrics,
		List<IncomeExpenditureLine> incomeExpenditure, List<Scheme> schemes, String narrative, String completedBy,
		String email, String telephone, LocalDate signedOff) {

	public MetricLine metric(Metric m) {
		return metrics.stream().filter(l -> l.metric() == m).findFirst().orElse(null);
	}

	public BcfReturn withMetrics(List<MetricLine> newMetrics) {
		return new BcfReturn(area, period, templateVersion, newMetrics, incomeExpenditure, schemes, narrative,
				completedBy, email, telephone, signedOff);
	}

	public BcfReturn withIncomeExpenditure(List<IncomeExpenditureLine> lines) {
		return new BcfReturn(area, period, templateVersion, metrics, lines, schemes, narrative, completedBy, email,
				telephone, signedOff);
	}

	public BcfReturn withSchemes(List<Scheme> newSchemes) {
		return new BcfReturn(area, period, templateVersion, metrics, incomeExpenditure, newSchemes, narrative,
				completedBy, email, telephone, signedOff);
	}

	public BcfReturn withNarrative(String text, LocalDate newSignedOff) {
		return new BcfReturn(area, period, templateVersion, metrics, incomeExpenditure, schemes, text, completedBy,
				email, telephone, newSignedOff);
	}
}
