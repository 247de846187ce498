package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * R2's two sources of delayed days, one national file per month each: the provider
 * extract ({@code dtoc_fact}) and the LA workbook ({@code dtoc_la_fact}, its responsible
 * organisation sheet). Where both are accepted for a month the LA workbook's figures are
 * reported (see the README), and Data quality shows how the two differ, and how the
 * reported figures differ from England's time series ({@code dtoc_england_fact}).
 */
final class DelayedDaysSources {

	static final String SOURCES_DIFFER = "dtoc-sources-differ";

	static final String SERIES_DIFFERS = "dtoc-england-series-differs";

	/**
	 * Delayed days {@code d} as {@code area_code, period_month, nhs, social_care,
	 * both_days, submission_id, la_code, la_name} from either source (the provider
	 * extract names no local authority, only its code).
	 */
	private static final String PROVIDER_ROWS = """
			SELECT f.area_code, f.period_month, f.nhs_days AS nhs, f.social_care_days AS social_care,
			f.both_days, f.submission_id, f.legacy_la_code AS la_code, CAST(NULL AS VARCHAR(200)) AS la_name
			FROM dtoc_fact f""";

	private static final String LA_ROWS = """
			SELECT f.area_code, f.period_month, CASE WHEN f.category = 'NHS' THEN f.delayed_days END AS nhs,
			CASE WHEN f.category = 'SOCIAL_CARE' THEN f.delayed_days END AS social_care,
			CASE WHEN f.category = 'BOTH' THEN f.delayed_days END AS both_days, f.submission_id, f.la_code, f.la_name
			FROM dtoc_la_fact f WHERE f.breakdown = 'RESPONSIBLE_ORG'""";

	private static final String SERIES_ROWS = """
			SELECT NULL AS area_code, f.period_month, f.nhs_days AS nhs, f.social_care_days AS social_care,
			f.both_days, f.submission_id, CAST(NULL AS VARCHAR(10)) AS la_code, CAST(NULL AS VARCHAR(200)) AS la_name
			FROM dtoc_england_fact f""";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final NamedParameterJdbcTemplate jdbc;

	DelayedDaysSources(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The delayed days reported for the year to date, as a table {@code d}: each month's
	 * LA workbook where one is accepted, its provider extract otherwise.
	 */
	static String reportedYearToDate() {
		String accepted = ACCEPTED.of("s") + " AND " + SubmissionSql.yearToDate("s");
		return "(SELECT d.* FROM (" + PROVIDER_ROWS + ") d JOIN submission s ON s.id = d.submission_id WHERE "
				+ accepted + " AND NOT EXISTS (SELECT 1 FROM submission w WHERE " + ACCEPTED.of("w") + " AND "
				+ ReturnType.DTOC_LA_MONTHLY.of("w") + " AND w.period_month = s.period_month)"
				+ " UNION ALL SELECT d.* FROM (" + LA_ROWS + ") d JOIN submission s ON s.id = d.submission_id WHERE "
				+ accepted + ") d";
	}

	/**
	 * A warning for each month of the quarter whose two accepted sources give England
	 * different delayed days, and for each whose reported figures differ from England's
	 * time series.
	 */
	List<FindingRow> differences(FinancialQuarter quarter) {
		Map<LocalDate, Map<ReturnType, EnglandDays>> byMonth = new TreeMap<>();
		MapSqlParameterSource months = new MapSqlParameterSource().addValue("first", Date.valueOf(quarter.start()))
			.addValue("last", Date.valueOf(quarter.start().plusMonths(2)));
		jdbc.query("SELECT s.return_type, d.period_month, rf.file_name, SUM(d.nhs), SUM(d.social_care),"
				+ " SUM(d.both_days) FROM (" + PROVIDER_ROWS + " UNION ALL " + LA_ROWS + " UNION ALL " + SERIES_ROWS
				+ ") d JOIN submission s ON s.id = d.submission_id JOIN received_file rf ON rf.id = s.received_file_id"
				+ " WHERE " + ACCEPTED.of("s") + " AND d.period_month BETWEEN :first AND :last"
				+ " GROUP BY s.return_type, d.period_month, rf.file_name", months, rs -> {
					byMonth.computeIfAbsent(rs.getDate(2).toLocalDate(), month -> new EnumMap<>(ReturnType.class))
						.put(ReturnType.valueOf(rs.getString(1)), new EnglandDays(rs.getString(3),
								new DelayedDays(Columns.whole(rs, 4), Columns.whole(rs, 5), Columns.whole(rs, 6))));
				});
		List<FindingRow> warnings = new ArrayList<>();
		byMonth.forEach((month, sources) -> {
			EnglandDays workbook = sources.get(ReturnType.DTOC_LA_MONTHLY);
			EnglandDays extract = sources.get(ReturnType.DTOC_MONTHLY);
			EnglandDays series = sources.get(ReturnType.DTOC_ENGLAND_SERIES);
			if (workbook != null && extract != null && !workbook.days().equals(extract.days())) {
				warnings.add(warning(workbook.file(), SOURCES_DIFFER,
						month.format(MONTH) + ": the LA workbook gives England " + workbook.describe()
								+ "; the provider extract " + extract.file() + " gives " + extract.describe()
								+ ". The LA workbook's are reported."));
			}
			EnglandDays reported = workbook != null ? workbook : extract;
			if (reported != null && series != null && !reported.days().equals(series.days())) {
				warnings.add(warning(reported.file(), SERIES_DIFFERS,
						month.format(MONTH) + ": the reported delayed days give England " + reported.describe()
								+ "; England's time series " + series.file() + " gives " + series.describe() + "."));
			}
		});
		return warnings;
	}

	private static FindingRow warning(String file, String rule, String message) {
		return new FindingRow(file, "GROUP", "WARNING", null, null, null, null, rule, message);
	}

	private record EnglandDays(String file, DelayedDays days) {

		String describe() {
			return String.format(Locale.ROOT, "%,d NHS, %,d social care and %,d both delayed days", zero(days.nhs()),
					zero(days.socialCare()), zero(days.both()));
		}

		private static long zero(Long days) {
			return days == null ? 0 : days;
		}

	}

}
