package org.joinedup.transform.bcf;

import java.util.List;

import org.joinedup.transform.load.Fact;

record NarrativeFact(String narrative, String sheet, int row) implements Fact {

	@Override
	public String insertSql() {
		return "INSERT INTO narrative_fact (submission_id, narrative, source_sheet, source_row) VALUES (?, ?, ?, ?)";
	}

	@Override
	public List<Object> values() {
		return List.of(narrative, sheet, row);
	}
}
