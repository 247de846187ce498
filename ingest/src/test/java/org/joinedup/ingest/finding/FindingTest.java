package org.joinedup.ingest.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinedup.ingest.provenance.Provenance;
import org.junit.jupiter.api.Test;

class FindingTest {

	@Test
	void describesAValueWithALineBreakOnOneLine() {
		Finding finding = Finding.at(Level.RECORD, Severity.ERROR, new Provenance("ae.csv", null, 7, "Org name"),
				"Trust\nLOADED      inbox/forged.csv", "not-a-number", "A count must be a number");

		assertThat(finding.describe()).doesNotContain("\n")
			.isEqualTo("row 7 column Org name value 'Trust\\nLOADED      inbox/forged.csv' [not-a-number] "
					+ "A count must be a number");
	}

}
