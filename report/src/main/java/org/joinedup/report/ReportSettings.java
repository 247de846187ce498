package org.joinedup.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Unit costs used to price the difference between plan and actual, and whom a reader of
 * the workbook contacts (shown on its Cover).
 */
public record ReportSettings(BigDecimal costPerAdmission, BigDecimal costPerDelayedDay, String contact) {

	/** The Cover's contact when none is configured. */
	public static final String DEFAULT_CONTACT = "The joinedup reporting team (no contact address configured)";

	public ReportSettings {
		Objects.requireNonNull(costPerAdmission, "costPerAdmission");
		Objects.requireNonNull(costPerDelayedDay, "costPerDelayedDay");
		contact = contact == null || contact.isBlank() ? DEFAULT_CONTACT : contact;
	}

	public ReportSettings(BigDecimal costPerAdmission, BigDecimal costPerDelayedDay) {
		this(costPerAdmission, costPerDelayedDay, null);
	}
}
