package org.joinedup.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMatchTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Cover                           | cover
			'  Health and   Wellbeing Board '| health and wellbeing board
			'Health\u00A0and\u00A0Wellbeing Board' | health and wellbeing board
			Income & Expenditure            | income and expenditure
			Income&Expenditure              | income and expenditure
			ONS code:                       | ons code
			'ONS code :'                    | ons code
			1) Cover                        | cover
			1)Cover                         | cover
			2. Metrics                      | metrics
			3 - Savings                     | savings
			'10 – Narrative'                | narrative
			Planned savings (£)             | planned savings (£)
			2.1                             | 2.1
			2016-17 Q4                      | 2016-17 q4
			Population 65+                  | population 65+
			""")
	void normalises(String text, String expected) {
		assertThat(TextMatch.normalise(text)).isEqualTo(expected);
	}

	@Test
	void normalisesNullToEmpty() {
		assertThat(TextMatch.normalise(null)).isEmpty();
		assertThat(TextMatch.same(null, "  ")).isTrue();
	}

	@Test
	void comparesTexts() {
		assertThat(TextMatch.same("2. Income & Expenditure:", "income and expenditure")).isTrue();
		assertThat(TextMatch.same("Planned savings (£)", "planned  savings (£)")).isTrue();
		assertThat(TextMatch.same("Plan", "Planned")).isFalse();
		assertThat(TextMatch.same("A&E", "A and E")).isTrue();
	}

	@Test
	void matchesAnyAlias() {
		List<String> onsCode = List.of("ONS code", "HWB code", "GSS code");

		assertThat(TextMatch.sameAsAny("HWB Code:", onsCode)).isTrue();
		assertThat(TextMatch.sameAsAny("gss\u00A0code", onsCode)).isTrue();
		assertThat(TextMatch.sameAsAny("ODS code", onsCode)).isFalse();
	}

}
