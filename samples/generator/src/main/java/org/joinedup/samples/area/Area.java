package org.joinedup.samples.area;

import java.time.LocalDate;

/** One Health and Wellbeing Board area of the R5 areas reference. */
public record Area(String onsCode, String name, String type, String region, String legacyCode, long population,
		long population65, LocalDate validFrom, LocalDate validTo, String phonePrefix) {

	/** A short lower-case name for file names, e.g. {@code tameside}. */
	public String slug() {
		return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	public Area withCodeAndName(String code, String newName) {
		return new Area(code, newName, type, region, legacyCode, population, population65, validFrom, validTo,
				phonePrefix);
	}
}
