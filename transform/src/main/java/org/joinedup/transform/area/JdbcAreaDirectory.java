package org.joinedup.transform.area;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.springframework.jdbc.core.JdbcTemplate;

/** Looks codes up in the warehouse's current (accepted) areas reference. */
public class JdbcAreaDirectory implements AreaDirectory, LegacyAreaCodes, AreaNames {

	private static final String CURRENT = " " + SubmissionSql.currentReference(ReturnType.AREAS_REFERENCE);

	private final JdbcTemplate jdbc;

	public JdbcAreaDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean contains(String onsCode) {
		Integer n = jdbc.queryForObject("""
				SELECT COUNT(*) FROM area a WHERE a.ons_code = ? AND a.submission_id =""" + CURRENT, Integer.class,
				onsCode);
		return n != null && n > 0;
	}

	@Override
	public Map<String, String> onsCodesByLegacyCode() {
		Map<String, String> codes = new HashMap<>();
		jdbc.query("""
				SELECT a.legacy_code, a.ons_code FROM area a
				WHERE a.legacy_code IS NOT NULL AND a.submission_id =""" + CURRENT, rs -> {
			codes.put(rs.getString(1), rs.getString(2).trim());
		});
		return codes;
	}

	@Override
	public Map<String, String> namesByOnsCode() {
		Map<String, String> names = new HashMap<>();
		jdbc.query("SELECT a.ons_code, a.name FROM area a WHERE a.submission_id =" + CURRENT, rs -> {
			names.put(rs.getString(1).trim(), rs.getString(2));
		});
		return names;
	}

	@Override
	public AreaDirectory snapshot() {
		return AreaDirectory.of(jdbc.queryForList("""
				SELECT a.ons_code FROM area a WHERE a.submission_id =""" + CURRENT, String.class)
			.stream()
			.map(String::trim)
			.collect(Collectors.toUnmodifiableSet()));
	}

}
