package org.joinedup.transform.area;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/** Looks codes up in the warehouse's current (accepted) areas reference. */
public class JdbcAreaDirectory implements AreaDirectory, LegacyAreaCodes {

	private final JdbcTemplate jdbc;

	public JdbcAreaDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean contains(String onsCode) {
		Integer n = jdbc.queryForObject("""
				SELECT COUNT(*) FROM area a JOIN submission s ON s.id = a.submission_id
				WHERE s.return_type = 'AREAS_REFERENCE' AND s.status = 'ACCEPTED' AND a.ons_code = ?""",
				Integer.class, onsCode);
		return n != null && n > 0;
	}

	@Override
	public Map<String, String> onsCodesByLegacyCode() {
		Map<String, String> codes = new HashMap<>();
		jdbc.query("""
				SELECT a.legacy_code, a.ons_code FROM area a JOIN submission s ON s.id = a.submission_id
				WHERE s.return_type = 'AREAS_REFERENCE' AND s.status = 'ACCEPTED' AND a.legacy_code IS NOT NULL""",
				rs -> {
					codes.put(rs.getString(1), rs.getString(2).trim());
				});
		return codes;
	}

	@Override
	public AreaDirectory snapshot() {
		return AreaDirectory.of(jdbc.queryForList("""
				SELECT a.ons_code FROM area a JOIN submission s ON s.id = a.submission_id
				WHERE s.return_type = 'AREAS_REFERENCE' AND s.status = 'ACCEPTED'""", String.class)
			.stream().map(String::trim).collect(Collectors.toUnmodifiableSet()));
	}
}
