package org.joinedup.transform.bcf;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.Fact;

record CoverFact(String hwbName, String templateVersion, String completedBy, String email, String telephone,
		LocalDate signedOffOn, String sheet) implements Fact {

	@Override
	public String insertSql() {
		return """
				INSERT INTO bcf_cover (submission_id, hwb_name, template_version, completed_by, email, telephone,
				    signed_off_on, source_sheet) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	@Override
	public List<Object> values() {
		return Arrays.asList(hwbName, templateVersion, completedBy, email, telephone, signedOffOn, sheet);
	}
}
