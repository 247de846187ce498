package org.joinedup.transform.area;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.Fact;

record AreaFact(String onsCode, String name, String type, String region, String legacyCode, Long population,
		Long population65, LocalDate validFrom, LocalDate validTo, int sourceRow) implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO area (submission_id, ons_code, name, area_type, region, legacy_code, population,
				    population_65, valid_from, valid_to, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return Arrays.asList(onsCode, name, type, region, legacyCode, population, population65, validFrom, validTo,
				sourceRow);
	}
}
