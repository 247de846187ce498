package org.joinedup.report;

import java.math.BigDecimal;
import java.util.Objects;

/** Unit costs used to price the difference between plan and actual. */
public record ReportSettings(BigDecimal costPerAdmission, BigDecimal costPerDelayedDay) {

	public ReportSettings {
		Objects.requireNonNull(costPerAdmission, "costPerAdmission");
		Objects.requireNonNull(costPerDelayedDay, "costPerDelayedDay");
	}
}
