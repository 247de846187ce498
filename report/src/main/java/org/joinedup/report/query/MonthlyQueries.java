package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The monthly extracts (R2 delayed transfers, from its provider extract or LA workbook;
 * R3 A&E; R7 activity), from each month's accepted file, for the year to date.
 */
public class MonthlyQueries {

	public static final String NHS = "NHS";

	public static final String SOCIAL_CARE = "Social care";

	public static final String BOTH = "Both";

	public static final String ENGLAND = "England";

	private static final String EMERGENCY_ADMISSIONS = "COALESCE(f.emergency_type_1, 0) + COALESCE(f.emergency_type_2, 0)"
			+ " + COALESCE(f.emergency_other, 0) + COALESCE(f.other_emergency, 0)";

	private final NamedParameterJdbcTemplate jdbc;

	public MonthlyQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Area code to delayed days in the year to date, from each month's reported source
	 * ({@link DelayedDaysSources}).
	 */
	public Map<String, DelayedDays> delayedDaysByArea(FinancialQuarter quarter) {
		Map<String, DelayedDays> byArea = new HashMap<>();
		jdbc.query("""
				SELECT d.area_code, SUM(d.nhs), SUM(d.social_care), SUM(d.both_days)
				FROM\s""" + DelayedDaysSources.reportedYearToDate()
				+ " WHERE d.area_code IS NOT NULL GROUP BY d.area_code", SubmissionSql.quarter(quarter), rs -> {
					byArea.put(Columns.code(rs, 1),
							new DelayedDays(Columns.whole(rs, 2), Columns.whole(rs, 3), Columns.whole(rs, 4)));
				});
		return byArea;
	}

	/**
	 * Every local authority in the year to date's delayed days, placed in an area or not,
	 * by name; one the provider extract gives only by code is named after its area.
	 */
	public List<LocalAuthorityDays> delayedDaysByLocalAuthority(FinancialQuarter quarter,
			Map<String, String> areaNames) {
		return jdbc.query("""
				SELECT d.la_code, MAX(d.la_name), MAX(d.area_code), SUM(d.nhs), SUM(d.social_care), SUM(d.both_days)
				FROM\s""" + DelayedDaysSources.reportedYearToDate() + " WHERE d.la_code IS NOT NULL GROUP BY d.la_code",
				SubmissionSql.quarter(quarter), (rs, i) -> {
					String area = Columns.code(rs, 3);
					String name = rs.getString(2) != null ? rs.getString(2) : areaNames.get(area);
					return new LocalAuthorityDays(rs.getString(1), name, area, Columns.whole(rs, 4),
							Columns.whole(rs, 5), Columns.whole(rs, 6));
				})
			.stream()
			.sorted(Comparator.comparing((LocalAuthorityDays la) -> la.name() == null ? "" : la.name())
				.thenComparing(LocalAuthorityDays::code))
			.toList();
	}

	/** England's delayed days per month by responsible organisation. */
	public MonthlySeries delayedDaysByMonth(FinancialQuarter quarter) {
		Map<LocalDate, Map<String, Long>> values = new LinkedHashMap<>();
		jdbc.query("""
				SELECT d.period_month, SUM(d.nhs), SUM(d.social_care), SUM(d.both_days)
				FROM\s""" + DelayedDaysSources.reportedYearToDate()
				+ " GROUP BY d.period_month ORDER BY d.period_month", SubmissionSql.quarter(quarter), rs -> {
					Map<String, Long> month = new HashMap<>();
					month.put(NHS, Columns.whole(rs, 2));
					month.put(SOCIAL_CARE, Columns.whole(rs, 3));
					month.put(BOTH, Columns.whole(rs, 4));
					values.put(rs.getDate(1).toLocalDate(), month);
				});
		return new MonthlySeries(new ArrayList<>(values.keySet()), List.of(NHS, SOCIAL_CARE, BOTH), values);
	}

	/**
	 * Emergency admissions (via A&E and other) per month, for England and by NHS parent
	 * organisation.
	 */
	public MonthlySeries emergencyAdmissionsByMonth(FinancialQuarter quarter) {
		Map<LocalDate, Map<String, Long>> values = new LinkedHashMap<>();
		TreeSet<String> parents = new TreeSet<>();
		jdbc.query("SELECT f.period_month, f.parent_org, SUM(" + EMERGENCY_ADMISSIONS + ")"
				+ " FROM ae_fact f JOIN submission s ON s.id = f.submission_id WHERE "
				+ yearToDate(ReturnType.AE_MONTHLY) + " GROUP BY f.period_month, f.parent_org ORDER BY f.period_month",
				SubmissionSql.quarter(quarter), rs -> {
					String parent = rs.getString(2);
					long admissions = rs.getLong(3);
					parents.add(parent);
					Map<String, Long> month = values.computeIfAbsent(rs.getDate(1).toLocalDate(), m -> new HashMap<>());
					month.put(parent, admissions);
					month.merge(ENGLAND, admissions, Long::sum);
				});
		List<String> series = new ArrayList<>(List.of(ENGLAND));
		series.addAll(parents);
		return new MonthlySeries(new ArrayList<>(values.keySet()), series, values);
	}

	/**
	 * England's non-elective G&A admissions per month, the sum of the commissioners of
	 * the monthly activity return.
	 */
	public Map<LocalDate, Long> nonElectiveByMonth(FinancialQuarter quarter) {
		Map<LocalDate, Long> byMonth = new HashMap<>();
		jdbc.query(
				"SELECT f.period_month, SUM(f.non_elective) FROM activity_fact f"
						+ " JOIN submission s ON s.id = f.submission_id WHERE "
						+ yearToDate(ReturnType.ACTIVITY_MONTHLY) + " GROUP BY f.period_month",
				SubmissionSql.quarter(quarter), rs -> {
					byMonth.put(rs.getDate(1).toLocalDate(), Columns.whole(rs, 2));
				});
		return byMonth;
	}

	/**
	 * Facts {@code f} of the type's accepted extracts {@code s} for the months of the
	 * year to date.
	 */
	private static String yearToDate(ReturnType type) {
		return ACCEPTED.of("s") + " AND " + type.of("s") + " AND " + SubmissionSql.yearToDate("f");
	}

}
