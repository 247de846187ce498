package org.joinedup.transform.area;

import org.springframework.jdbc.core.JdbcTemplate;

/** Looks codes up in the warehouse's current (accepted) areas reference. */
public class JdbcAreaDirectory implements AreaDirectory {

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
}
