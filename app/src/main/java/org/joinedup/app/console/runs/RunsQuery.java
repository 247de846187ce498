package org.joinedup.app.console.runs;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.joinedup.app.ingest.IngestKeys;
import org.joinedup.app.report.ReportKeys;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job executions of the job repository, newest first, filtered and a page at a time,
 * straight from its tables: the repository's own API reads an execution at a time.
 */
@Component
class RunsQuery {

	static final int PAGE_SIZE = 50;

	private static final String FROM = """
			FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	RunsQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	RunsPage find(RunFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		long total = jdbc.queryForObject("SELECT COUNT(*) " + FROM + where, params, Long.class);
		int page = Math.min(filter.pageNumber(), (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		params.addValue("offset", (page - 1) * PAGE_SIZE).addValue("size", PAGE_SIZE);
		params.addValue("subjects", List.of(IngestKeys.NAME, ReportKeys.QUARTER));
		List<RunRow> rows = jdbc.query("""
				SELECT e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time,
				       (SELECT MIN(p.parameter_value) FROM batch_job_execution_params p
				        WHERE p.job_execution_id = e.job_execution_id AND p.parameter_name IN (:subjects)) AS subject
				""" + FROM + where + """
				ORDER BY e.job_execution_id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY""", params,
				(rs, i) -> new RunRow(rs.getLong(1), rs.getString(2), rs.getString(6), rs.getString(3),
						time(rs.getTimestamp(4)), time(rs.getTimestamp(5)), null, null));
		return new RunsPage(withReturns(withSucceededSince(rows)), total, page, PAGE_SIZE);
	}

	/**
	 * The failed runs the filter matches, oldest first, that were neither restarted nor
	 * have since succeeded.
	 */
	List<Long> failedToRestart(RunFilter filter, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		params.addValue("limit", limit);
		List<Long> ids = jdbc.queryForList("SELECT e.job_execution_id " + FROM + where + """
				AND NOT EXISTS (SELECT 1 FROM batch_job_execution later
				                WHERE later.job_instance_id = e.job_instance_id
				                AND later.job_execution_id > e.job_execution_id)
				ORDER BY e.job_execution_id FETCH FIRST :limit ROWS ONLY""", params, Long.class);
		Map<Long, Long> succeeded = succeededSince(ids);
		return ids.stream().filter(id -> !succeeded.containsKey(id)).toList();
	}

	/** The job names the repository holds, for the filter's choice. */
	List<String> jobs() {
		return jdbc.queryForList("SELECT DISTINCT job_name FROM batch_job_instance ORDER BY job_name",
				new MapSqlParameterSource(), String.class);
	}

	private static String where(RunFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		RunFilter.present(filter.job()).ifPresent(job -> {
			conditions.add("i.job_name = :job");
			params.addValue("job", job);
		});
		RunFilter.present(filter.status()).ifPresent(status -> {
			conditions.add("e.status = :status");
			params.addValue("status", status.toUpperCase(Locale.ROOT));
		});
		if (filter.from() != null) {
			conditions.add("e.create_time >= :from");
			params.addValue("from", Timestamp.valueOf(filter.from().atStartOfDay()));
		}
		if (filter.to() != null) {
			conditions.add("e.create_time < :to");
			params.addValue("to", Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
		}
		RunFilter.present(filter.file()).ifPresent(file -> {
			conditions.add(parameter(IngestKeys.NAME, "LOWER(p.parameter_value) LIKE :file"));
			params.addValue("file", "%" + file.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
		});
		RunFilter.present(filter.quarter()).ifPresent(text -> {
			FinancialQuarter quarter = FinancialQuarter.parse(text)
				.orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a quarter such as 2016-17 Q4."));
			conditions.add("(" + parameter(ReportKeys.QUARTER, "p.parameter_value = :quarter") + " OR " + parameter(
					IngestKeys.SHA256,
					"""
							EXISTS (SELECT 1 FROM received_file rf JOIN submission s ON s.received_file_id = rf.id
							        WHERE rf.sha256 = p.parameter_value AND s.fin_year = :finYear AND s.quarter = :q)""")
					+ ")");
			params.addValue("quarter", quarter.label())
				.addValue("finYear", quarter.finYear())
				.addValue("q", quarter.quarter());
		});
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + "\n";
	}

	private static String parameter(String name, String condition) {
		return "EXISTS (SELECT 1 FROM batch_job_execution_params p WHERE p.job_execution_id = e.job_execution_id "
				+ "AND p.parameter_name = '" + name + "' AND " + condition + ")";
	}

	/** Each run that did not complete, with the later run that did, if any. */
	private List<RunRow> withSucceededSince(List<RunRow> rows) {
		Map<Long, Long> since = succeededSince(
				rows.stream().filter(r -> !"COMPLETED".equals(r.status()) && !r.running()).map(RunRow::id).toList());
		return rows.stream().map(r -> r.withSucceededSince(since.get(r.id()))).toList();
	}

	/**
	 * For each of these executions, the first later execution of the same job on the same
	 * file or quarter that completed.
	 */
	private Map<Long, Long> succeededSince(List<Long> ids) {
		Map<Long, Long> since = new HashMap<>();
		if (ids.isEmpty()) {
			return since;
		}
		jdbc.query("""
				SELECT e.job_execution_id, MIN(l.job_execution_id)
				FROM batch_job_execution e
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				  AND p.parameter_name IN (:subjects)
				JOIN batch_job_execution_params lp ON lp.parameter_name = p.parameter_name
				  AND lp.parameter_value = p.parameter_value AND lp.job_execution_id > e.job_execution_id
				JOIN batch_job_execution l ON l.job_execution_id = lp.job_execution_id AND l.status = 'COMPLETED'
				JOIN batch_job_instance li ON li.job_instance_id = l.job_instance_id AND li.job_name = i.job_name
				WHERE e.job_execution_id IN (:ids)
				GROUP BY e.job_execution_id""",
				new MapSqlParameterSource("ids", ids).addValue("subjects",
						List.of(IngestKeys.SHA256, ReportKeys.QUARTER)),
				(RowCallbackHandler) rs -> since.put(rs.getLong(1), rs.getLong(2)));
		return since;
	}

	/**
	 * Each ingest with its file's latest submission: whether the file was accepted or
	 * rejected.
	 */
	private List<RunRow> withReturns(List<RunRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, RunRow.Return> returned = new HashMap<>();
		jdbc.query("""
				SELECT p.job_execution_id, s.id, s.status
				FROM batch_job_execution_params p
				JOIN received_file rf ON rf.sha256 = p.parameter_value
				JOIN submission s ON s.received_file_id = rf.id
				WHERE p.parameter_name = :sha256 AND p.job_execution_id IN (:ids)
				ORDER BY s.id""",
				new MapSqlParameterSource("ids", rows.stream().map(RunRow::id).toList()).addValue("sha256",
						IngestKeys.SHA256),
				(RowCallbackHandler) rs -> returned.put(rs.getLong(1),
						new RunRow.Return(rs.getLong(2), rs.getString(3))));
		return rows.stream().map(r -> r.withReturned(returned.get(r.id()))).toList();
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

}
