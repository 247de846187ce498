package org.joinedup.samples.monthly;

/**
 * One row of a sample delayed-transfers extract: delayed days (B SUM) and patients (A
 * SUM) by responsible organisation; a null is an empty cell (not reported).
 */
public record DtocRow(Provider provider, boolean acute, String reason, Long nhsPatients, Long nhsDays,
		Long socialCarePatients, Long socialCareDays, Long bothPatients, Long bothDays) {

	public long days(Long value) {
		return value == null ? 0 : value;
	}
}
