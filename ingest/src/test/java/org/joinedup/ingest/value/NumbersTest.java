package org.joinedup.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

	private static final Provenance AT = new Provenance("return.xlsx", "Metrics", 5, "D");

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1234          | 1234
			'  1234  '    | 1234
			1,234         | 1234
			1,234,567.89  | 1234567.89
			£1,234        | 1234
			'£ 1,234.50'  | 1234.50
			-£5           | -5
			£-5           | -5
			-12.5         | -12.5
			+7            | 7
			.5            | 0.5
			12.5%         | 0.125
			'12.5 %'      | 0.125
			100%          | 1.00
			'\u00A0 42\u00A0' | 42
			""")
	void readsNumbersWrittenAsText(String text, BigDecimal expected) {
		ParsedNumber parsed = Numbers.parse(new SourceValue(text, AT));

		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.value()).isEqualByComparingTo(expected);
	}

	@Test
	void readsNumericCells() {
		assertThat(Numbers.parse(new SourceValue(1611.0, AT))).isEqualTo(ParsedNumber.of(new BigDecimal("1611.0")));
		assertThat(Numbers.parse(new SourceValue(0.1, AT)).value()).isEqualByComparingTo("0.1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "-", "–", "..", "*", " - " })
	void readsNotReportedMarkersAsNull(String text) {
		assertThat(Numbers.parse(new SourceValue(text, AT))).isEqualTo(ParsedNumber.notReported());
	}

	@Test
	void readsBlankCellsAsNotReported() {
		assertThat(Numbers.parse(new SourceValue(null, AT))).isEqualTo(ParsedNumber.notReported());
		assertThat(Numbers.parse((SourceValue) null).isReported()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "12a", "1,23", "1234,567", "1.2.3", "£", "%", "--5", "-£-5", "£12%", "1 234",
			"(500)", "5.", "N/A", "#DIV/0!" })
	void rejectsAnythingElse(String text) {
		assertThat(Numbers.parse(new SourceValue(text, AT))).isEqualTo(ParsedNumber.invalid());
	}

	@Test
	void rejectsNonNumericCellTypes() {
		assertThat(Numbers.parse(new SourceValue(true, AT)).valid()).isFalse();
		assertThat(Numbers.parse(new SourceValue(java.time.LocalDate.of(2016, 1, 1), AT)).valid()).isFalse();
		assertThat(Numbers.parse(new SourceValue(Double.NaN, AT)).valid()).isFalse();
	}

}
