package org.joinedup.report;

import java.math.BigDecimal;
import java.util.Objects;

/** Unit costs used to price the difference between plan and actual. */
public record ReportSettings(BigDecimal costPerAdmission, BigDecimal costPerDelayedDay) {

	public static final BigDecimal DEFAULT_COST_PER_ADMISSION = new BigDecimal("1611");
	public static final BigDecimal DEFAULT_COST_PER_DELAYED_DAY = new BigDecimal("305");

	public ReportSettings {
		Objects.requireNonNull(costPerAdmission, "costPerAdmission");
		Objects.requireNonNull(costPerDelayedDay, "costPerDelayedDay");
	}

	/** £1,611 per non-elective admission and £305 per delayed day (ratios implied by the NAO's 2017 figures). */
	public static ReportSettings defaults() {
		return new ReportSettings(DEFAULT_COST_PER_ADMISSION, DEFAULT_COST_PER_DELAYED_DAY);
	}
}
