package org.joinedup.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

	@Test
	void escapesLineBreaksTabsAndOtherControlCharacters() {
		assertThat(ControlCharacters.escape("a\nLOADED x\r\tb\u001b[2Jc\u0085d\u007f"))
			.isEqualTo("a\\nLOADED x\\r\\tb\\u001b[2Jc\\u0085d\\u007f");
	}

	@Test
	void escapesUnicodeLineSeparatorsAndBidirectionalOverrides() {
		assertThat(ControlCharacters.escape("a\u2028b\u2029c\u202Ed\u2066e"))
			.isEqualTo("a\\u2028b\\u2029c\\u202ed\\u2066e");
	}

	@Test
	void leavesPrintableTextAndWindowsPathsAlone() {
		String text = "C:\\inbox\\Tameside £ – Café 東京.xlsx";

		assertThat(ControlCharacters.escape(text)).isSameAs(text);
		assertThat(ControlCharacters.escape(null)).isNull();
	}

}
