package org.joinedup.transform.episode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.joinedup.transform.load.Fact;

/**
 * The running counts of an extract: one counter per area, month, method group and age
 * band, so its size is bounded by those, never by the number of rows.
 */
final class EpisodeTally {

	private record Cell(String area, LocalDate month, MethodGroup group, AgeBand band) implements Comparable<Cell> {

		@Override
		public int compareTo(Cell other) {
			int c = area.compareTo(other.area);
			c = c != 0 ? c : month.compareTo(other.month);
			c = c != 0 ? c : group.compareTo(other.group);
			return c != 0 ? c : band.compareTo(other.band);
		}
	}

	private static final class Counter {

		long admissions;

		long discharges;

		long lengthOfStayDays;

		int firstLine = Integer.MAX_VALUE;

		int lastLine;

	}

	private final Map<Cell, Counter> counters = new TreeMap<>();

	void add(String area, LocalDate admitted, MethodGroup group, AgeBand band, Long lengthOfStayDays, int line) {
		Counter counter = counters.computeIfAbsent(new Cell(area, admitted.withDayOfMonth(1), group, band),
				cell -> new Counter());
		counter.admissions++;
		if (lengthOfStayDays != null) {
			counter.discharges++;
			counter.lengthOfStayDays += lengthOfStayDays;
		}
		counter.firstLine = Math.min(counter.firstLine, line);
		counter.lastLine = Math.max(counter.lastLine, line);
	}

	/** The counts of another part of the extract added to these. */
	void add(EpisodeTally other) {
		other.counters.forEach((cell, n) -> {
			Counter counter = counters.computeIfAbsent(cell, c -> new Counter());
			counter.admissions += n.admissions;
			counter.discharges += n.discharges;
			counter.lengthOfStayDays += n.lengthOfStayDays;
			counter.firstLine = Math.min(counter.firstLine, n.firstLine);
			counter.lastLine = Math.max(counter.lastLine, n.lastLine);
		});
	}

	boolean isEmpty() {
		return counters.isEmpty();
	}

	LocalDate firstMonth() {
		return counters.keySet().stream().map(Cell::month).min(LocalDate::compareTo).orElseThrow();
	}

	LocalDate lastMonth() {
		return counters.keySet().stream().map(Cell::month).max(LocalDate::compareTo).orElseThrow();
	}

	/** One fact per counter, in a fixed order (a restarted load skips by position). */
	List<Fact> facts() {
		List<Fact> facts = new ArrayList<>();
		counters.forEach((cell, n) -> facts.add(new EpisodeCountFact(cell.area(), cell.month(), cell.group().name(),
				cell.band().label(), n.admissions, n.discharges, n.lengthOfStayDays, n.firstLine, n.lastLine)));
		return facts;
	}

}
