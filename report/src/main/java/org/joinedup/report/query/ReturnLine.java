package org.joinedup.report.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * Expected against received: a return received for the quarter (Accepted, Superseded or
 * Rejected), an expected area that sent none, or a month of a monthly feed with no
 * extract (Missing). {@code month} is a monthly extract's month, null for a quarterly
 * return; {@code submissionId} is null for a missing one.
 */
public record ReturnLine(String returnType, String code, String name, LocalDate month, String status, String file,
		LocalDateTime received, Integer findings, String firstFinding, Long submissionId) {

	public static final String MISSING = "Missing";

	private static final String NATIONAL = "England (national extract)";

	/**
	 * Every received return, every expected area without one and every month missing from
	 * a monthly feed.
	 */
	public static List<ReturnLine> of(List<SubmissionRow> received, List<Area> expected, FinancialQuarter quarter) {
		Map<String, Area> areas = expected.stream().collect(Collectors.toMap(Area::onsCode, Function.identity()));
		List<ReturnLine> lines = new ArrayList<>();
		for (SubmissionRow s : received) {
			Area area = s.orgCode() == null ? null : areas.get(s.orgCode());
			String name = area != null ? area.name() : s.orgName() != null ? s.orgName() : nationalName(s);
			lines.add(new ReturnLine(s.returnType().name(), s.orgCode(), name, s.month(), statusWord(s.status().name()),
					s.fileName(), s.receivedAt(), s.findingCount(), s.firstFinding(), s.id()));
		}
		lines.addAll(missingMonths(received, quarter));
		Set<String> codes = received.stream().map(SubmissionRow::orgCode).collect(Collectors.toSet());
		for (Area area : expected) {
			if (!codes.contains(area.onsCode())) {
				lines.add(new ReturnLine(ReturnType.BCF_QUARTERLY.name(), area.onsCode(), area.name(), null, MISSING,
						null, null, null, null, null));
			}
		}
		lines.sort(Comparator.comparing((ReturnLine l) -> l.code() == null)
			.thenComparing(l -> l.name() == null ? "" : l.name())
			.thenComparing(l -> l.code() == null ? "" : l.code())
			.thenComparing(ReturnLine::returnType)
			.thenComparing(ReturnLine::received, Comparator.nullsLast(Comparator.naturalOrder())));
		return lines;
	}

	/** How many lines have each status, by status name. */
	public static SortedMap<String, Long> countsByStatus(List<ReturnLine> lines) {
		return lines.stream().collect(Collectors.groupingBy(ReturnLine::status, TreeMap::new, Collectors.counting()));
	}

	/** ACCEPTED as Accepted. */
	public static String statusWord(String status) {
		String lower = status.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/**
	 * A monthly extract without a provider of its own is a national one; a file of no
	 * area is named by what it is.
	 */
	private static String nationalName(SubmissionRow s) {
		return s.month() != null ? NATIONAL : s.returnType().title();
	}

	/**
	 * The months of the quarter with no extract of a monthly feed that sent any for the
	 * quarter (a feed that sends nothing at all is not one this warehouse takes in).
	 */
	private static List<ReturnLine> missingMonths(List<SubmissionRow> received, FinancialQuarter quarter) {
		List<ReturnLine> missing = new ArrayList<>();
		Map<ReturnType, Set<LocalDate>> monthsByType = received.stream()
			.filter(s -> s.month() != null)
			.collect(Collectors.groupingBy(SubmissionRow::returnType,
					Collectors.mapping(SubmissionRow::month, Collectors.toSet())));
		monthsByType.forEach((type, months) -> {
			for (int i = 0; i < 3; i++) {
				LocalDate month = quarter.start().plusMonths(i);
				if (!months.contains(month)) {
					missing
						.add(new ReturnLine(type.name(), null, NATIONAL, month, MISSING, null, null, null, null, null));
				}
			}
		});
		return missing;
	}
}
