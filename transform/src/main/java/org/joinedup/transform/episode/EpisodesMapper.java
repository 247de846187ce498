package org.joinedup.transform.episode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.transform.area.AreaDirectory;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.ReturnMapper;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * R6, the admitted patient episodes extract: streamed row by row into counts by area,
 * month, method group and age band. Bad rows are quarantined (warnings with their line);
 * when they are more than the tolerated share of the rows the file is rejected and
 * nothing of it is kept.
 */
public class EpisodesMapper implements ReturnMapper {

	private final EpisodesReader reader;

	private final AreaDirectory areas;

	private final double maxBadFraction;

	public EpisodesMapper(EpisodesReader reader, AreaDirectory areas, double maxBadFraction) {
		this.reader = reader;
		this.areas = areas;
		this.maxBadFraction = maxBadFraction;
	}

	@Override
	public ReturnType type() {
		return ReturnType.EPISODES;
	}

	@Override
	public MappedReturn map(Path file, String fileName) {
		Checks checks = new Checks(fileName);
		AreaDirectory knownAreas = areas.snapshot();
		EpisodeCounting counted = new EpisodeCounting(knownAreas);
		try {
			reader.read(file, () -> new EpisodeCounting(knownAreas)).forEach(counted::add);
		}
		catch (IOException e) {
			checks.fileUnreadable(e);
		}
		counted.fileFindings().forEach(checks::add);
		return outcome(fileName, checks, counted.tally(), counted.quarantine(), counted.rows());
	}

	private MappedReturn outcome(String fileName, Checks checks, EpisodeTally tally, Quarantine quarantine, long rows) {
		quarantine.listed().forEach(checks::add);
		if (quarantine.count() > quarantine.listed().size()) {
			checks.add(new Finding(Level.FILE, Severity.WARNING, fileName, null, null, null, null, "rows-quarantined",
					(quarantine.count() - quarantine.listed().size()) + " more bad rows after the first "
							+ quarantine.listed().size() + " listed"));
		}
		if (rows > 0 && quarantine.count() > maxBadFraction * rows) {
			checks.fileError("too-many-bad-rows",
					String.format(Locale.ROOT,
							"%d of %d rows are bad (%.3f%%), more than the %.3f%% tolerated: nothing was loaded",
							quarantine.count(), rows, 100.0 * quarantine.count() / rows, 100 * maxBadFraction));
		}
		else if (tally.isEmpty() && !checks.hasErrors()) {
			checks.fileError("extract-empty", "The extract has no good rows");
		}
		if (checks.hasErrors()) {
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), checks.findings());
		}
		return new MappedReturn(key(tally), tally.facts(), checks.findings());
	}

	/**
	 * An extract is for the months it covers: a later extract of the same months
	 * supersedes it.
	 */
	private SubmissionKey key(EpisodeTally tally) {
		LocalDate first = tally.firstMonth();
		LocalDate last = tally.lastMonth();
		FinancialQuarter quarter = FinancialQuarter.containing(first);
		return new SubmissionKey(type(), first.toString().substring(0, 7) + " to " + last.toString().substring(0, 7),
				null, quarter.equals(FinancialQuarter.containing(last)) ? quarter : null);
	}

}
