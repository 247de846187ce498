package org.joinedup.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * An in-memory H2 warehouse migrated with the warehouse module's Flyway scripts, and
 * plain-SQL helpers to fill it.
 */
final class Warehouse {

	final DataSource dataSource;

	final JdbcTemplate jdbc;

	private Warehouse(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	static final String MIGRATIONS = "classpath:db/warehouse";

	/** A fresh in-memory H2 warehouse. */
	static Warehouse migrated() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:report-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
		return new Warehouse(dataSource);
	}

	/**
	 * A fresh warehouse in its own schema of a PostgreSQL database; drop it with
	 * {@link #dropSchema}.
	 */
	static Warehouse postgres(String serverUrl, String user, String schema) {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
				serverUrl + "?currentSchema=" + schema, user, "");
		Flyway.configure().dataSource(dataSource).schemas(schema).locations(MIGRATIONS).load().migrate();
		return new Warehouse(dataSource);
	}

	void dropSchema(String schema) {
		jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
	}

	void file(long id, String name, LocalDateTime receivedAt) {
		jdbc.update(
				"INSERT INTO received_file (id, sha256, file_name, path, size_bytes, received_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?)",
				id, sha(id), name, "/inbox/" + name, 1000 + id, Timestamp.valueOf(receivedAt));
	}

	static String sha(long fileId) {
		return String.format("%064x", fileId * 0x1111);
	}

	/** A submission with the same id as its file. */
	void submission(long id, String returnType, String orgCode, Integer finYear, Integer quarter, String status,
			LocalDateTime receivedAt) {
		jdbc.update(
				"INSERT INTO submission (id, received_file_id, return_type, org_code, org_name, fin_year, quarter,"
						+ " status, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				id, id, returnType, orgCode, orgCode == null ? null : "Org " + orgCode, finYear, quarter, status,
				Timestamp.valueOf(receivedAt));
	}

	void supersede(long oldId, long newId) {
		jdbc.update("UPDATE submission SET status = 'SUPERSEDED', superseded_by = ? WHERE id = ?", newId, oldId);
	}

	void area(long submissionId, String code, String name, String region, long population65, LocalDate validFrom,
			LocalDate validTo) {
		jdbc.update(
				"INSERT INTO area (submission_id, ons_code, name, area_type, region, population, population_65,"
						+ " valid_from, valid_to, source_row) VALUES (?, ?, ?, 'Unitary', ?, ?, ?, ?, ?, 2)",
				submissionId, code, name, region, population65 * 6, population65, date(validFrom), date(validTo));
	}

	/**
	 * Quarter metric: baseline, plan, actual (REA: plan/baseline as proportions, with
	 * numerator and denominator).
	 */
	void metric(long submissionId, String area, int finYear, int quarter, String code, Number baseline, Number plan,
			Number actual, Number numerator, Number denominator) {
		jdbc.update("INSERT INTO metric_fact (submission_id, area_code, fin_year, quarter, metric_code, baseline, plan,"
				+ " actual, numerator, denominator, source_sheet, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " 'Metrics', 5)", submissionId, area, finYear, quarter, code, dec(baseline), dec(plan), dec(actual),
				dec(numerator), dec(denominator));
	}

	/**
	 * The four metrics of one return: NEA, DTOC and RES as baseline/plan/actual, REA as
	 * numerator/denominator.
	 */
	void metrics(long submissionId, String area, int finYear, int quarter, int[] nea, int[] dtoc, int res,
			int reaNumerator, int reaDenominator) {
		metric(submissionId, area, finYear, quarter, "NEA", nea[0], nea[1], nea[2], null, null);
		metric(submissionId, area, finYear, quarter, "DTOC", dtoc[0], dtoc[1], dtoc[2], null, null);
		metric(submissionId, area, finYear, quarter, "RES", res + 5, res + 2, res, null, null);
		metric(submissionId, area, finYear, quarter, "REA", 0.8, 0.82, (double) reaNumerator / reaDenominator,
				reaNumerator, reaDenominator);
	}

	void spend(long submissionId, String area, int finYear, int quarter, Number planned, Number actual) {
		jdbc.update("INSERT INTO income_expenditure_fact (submission_id, area_code, fin_year, quarter,"
				+ " planned_income, actual_income, planned_expenditure, actual_expenditure, source_sheet, source_row)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Income and Expenditure', ?)", submissionId, area, finYear, quarter,
				dec(planned), dec(actual), dec(planned), dec(actual), 4 + quarter);
	}

	void scheme(long submissionId, String area, int finYear, int quarter, String schemeId, String name, String type,
			Number planned, Number achieved, String status) {
		jdbc.update("INSERT INTO savings_scheme_fact (submission_id, area_code, fin_year, quarter, scheme_id,"
				+ " scheme_name, scheme_type, planned_savings, achieved_savings, status, source_sheet, source_row)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Savings', 6)", submissionId, area, finYear, quarter,
				schemeId, name, type, dec(planned), dec(achieved), status);
	}

	void finding(long submissionId, String level, String severity, String fileName, String sheet, Integer row,
			String column, String value, String rule, String message) {
		jdbc.update(
				"INSERT INTO finding (submission_id, level, severity, file_name, sheet, row_number, column_name,"
						+ " cell_value, rule, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				submissionId, level, severity, fileName, sheet, row, column, value, rule, message);
	}

	private static BigDecimal dec(Number n) {
		return n == null ? null : new BigDecimal(n.toString());
	}

	private static Date date(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

}
