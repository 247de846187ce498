package org.joinedup.transform.provider;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.Fact;

record ProviderFact(String odsCode, String name, String parentCode, String parentName, String region,
		LocalDate openedOn, LocalDate closedOn, int sourceRow) implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO provider (submission_id, ods_code, name, parent_code, parent_name, region, opened_on,
				    closed_on, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return Arrays.asList(odsCode, name, parentCode, parentName, region, openedOn, closedOn, sourceRow);
	}
}
