package org.joinedup.transform.provider;

import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.springframework.jdbc.core.JdbcTemplate;

/** The providers of the warehouse's accepted providers reference. */
public class JdbcProviderDirectory implements ProviderDirectory {

	private final JdbcTemplate jdbc;

	public JdbcProviderDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> currentCodes() {
		return jdbc
			.queryForList("""
					SELECT p.ods_code FROM provider p WHERE p.submission_id =""" + " "
					+ SubmissionSql.currentReference(ReturnType.PROVIDERS_REFERENCE), String.class)
			.stream()
			.map(String::trim)
			.collect(Collectors.toUnmodifiableSet());
	}

}
