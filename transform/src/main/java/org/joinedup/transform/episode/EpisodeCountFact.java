package org.joinedup.transform.episode;

import java.time.LocalDate;
import java.util.List;

import org.joinedup.transform.load.Fact;

/** Admissions of one area, month, method group and age band, with the lines of the extract they were counted from. */
record EpisodeCountFact(String areaCode, LocalDate month, String methodGroup, String ageBand, long admissions,
		long discharges, long lengthOfStayDays, int firstLine, int lastLine) implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO episode_count (submission_id, area_code, period_month, method_group, age_band, admissions,
				    discharges, length_of_stay_days, first_line, last_line)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return List.of(areaCode, month, methodGroup, ageBand, admissions, discharges, lengthOfStayDays, firstLine,
				lastLine);
	}
}
