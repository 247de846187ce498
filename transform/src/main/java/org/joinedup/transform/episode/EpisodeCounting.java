package org.joinedup.transform.episode;

import static org.joinedup.transform.episode.EpisodeColumn.ADMISSION_DATE;
import static org.joinedup.transform.episode.EpisodeColumn.ADMISSION_METHOD;
import static org.joinedup.transform.episode.EpisodeColumn.AGE_ON_ADMISSION;
import static org.joinedup.transform.episode.EpisodeColumn.DISCHARGE_DATE;
import static org.joinedup.transform.episode.EpisodeColumn.RESIDENT_LA;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.csv.CsvPart;
import org.joinedup.ingest.csv.CsvRow;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.value.Dates;
import org.joinedup.ingest.value.ParsedDate;
import org.joinedup.transform.area.AreaDirectory;
import org.joinedup.transform.code.OnsCode;

/**
 * The counts, bad rows and file findings of one part of an extract (or all of it); the
 * parts of a file, added up in file order, are the counting of the whole.
 */
final class EpisodeCounting implements CsvPart<CsvRow> {

	private final AreaDirectory areas;

	private final EpisodeTally tally = new EpisodeTally();

	private final Quarantine quarantine = new Quarantine();

	private final List<Finding> fileFindings = new ArrayList<>();

	private long rows;

	EpisodeCounting(AreaDirectory areas) {
		this.areas = areas;
	}

	EpisodeTally tally() {
		return tally;
	}

	Quarantine quarantine() {
		return quarantine;
	}

	List<Finding> fileFindings() {
		return fileFindings;
	}

	long rows() {
		return rows;
	}

	/** This part followed by the next one of the file. */
	EpisodeCounting add(EpisodeCounting next) {
		tally.add(next.tally);
		quarantine.add(next.quarantine);
		fileFindings.addAll(next.fileFindings);
		rows += next.rows;
		return this;
	}

	@Override
	public void finding(Finding finding) {
		if (finding.level() == Level.RECORD) {
			rows++;
			quarantine.add(finding);
		}
		else {
			fileFindings.add(finding);
		}
	}

	@Override
	public void row(CsvRow row) {
		rows++;
		ParsedDate admitted = Dates.parse(row.text(ADMISSION_DATE));
		if (!admitted.isPresent()) {
			quarantine.add(row.get(ADMISSION_DATE), "date-unparseable",
					"The admission date must be a date such as 2016-10-31");
			return;
		}
		Optional<MethodGroup> group = MethodGroup.of(row.text(ADMISSION_METHOD));
		if (group.isEmpty()) {
			quarantine.add(row.get(ADMISSION_METHOD), "admission-method-unknown",
					"Admission methods are 21-28 or 2A-2D (emergency), 11-13, 31-32 or 81-83");
			return;
		}
		Integer age = age(row.text(AGE_ON_ADMISSION));
		if (age == null) {
			quarantine.add(row.get(AGE_ON_ADMISSION), "age-invalid",
					"Age on admission must be a whole number of years from 0 to " + AgeBand.OLDEST_PLAUSIBLE);
			return;
		}
		String area = OnsCode.normalise(row.text(RESIDENT_LA));
		if (!areas.contains(area)) {
			quarantine.add(row.get(RESIDENT_LA), "area-unknown",
					"Resident LA must be an ONS code in the areas reference");
			return;
		}
		ParsedDate discharged = Dates.parse(row.text(DISCHARGE_DATE));
		if (!discharged.valid()) {
			quarantine.add(row.get(DISCHARGE_DATE), "date-unparseable",
					"The discharge date must be a date such as 2016-10-31");
			return;
		}
		if (discharged.isPresent() && discharged.value().isBefore(admitted.value())) {
			quarantine.add(row.get(DISCHARGE_DATE), "discharge-before-admission",
					"The discharge date is before the admission date");
			return;
		}
		Long stay = discharged.isPresent() ? ChronoUnit.DAYS.between(admitted.value(), discharged.value()) : null;
		tally.add(area, admitted.value(), group.get(), AgeBand.of(age), stay, row.line());
	}

	private static Integer age(String text) {
		try {
			int age = Integer.parseInt(text.strip());
			return age >= 0 && age <= AgeBand.OLDEST_PLAUSIBLE ? age : null;
		}
		catch (NumberFormatException notWhole) {
			return null;
		}
	}

}
