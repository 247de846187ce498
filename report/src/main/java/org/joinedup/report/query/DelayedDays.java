package org.joinedup.report.query;

/** Delayed days (R2's B SUM columns) by the organisation responsible for the delay. */
public record DelayedDays(Long nhs, Long socialCare, Long both) {

	public static final DelayedDays NONE = new DelayedDays(null, null, null);

}
