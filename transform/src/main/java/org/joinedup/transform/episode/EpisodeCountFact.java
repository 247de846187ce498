package org.joinedup.transform.episode;

import java.time.LocalDate;

import org.joinedup.transform.load.Fact;

/**
 * Admissions of one area, month, method group and age band, with the lines of the extract
 * they were counted from.
 */
record EpisodeCountFact(String areaCode, LocalDate month, String methodGroup, String ageBand, long admissions,
		long discharges, long lengthOfStayDays, int firstLine, int lastLine) implements Fact {
}
