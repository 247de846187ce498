package org.joinedup.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

	private static final Provenance AT = new Provenance("areas.csv", null, 2, "Valid from");

	@ParameterizedTest
	@ValueSource(strings = { "2016-10-31", "31/10/2016", " 31/10/2016 ", "\u00A02016-10-31" })
	void readsIsoAndUkDates(String text) {
		assertThat(Dates.parse(new SourceValue(text, AT))).isEqualTo(ParsedDate.of(LocalDate.of(2016, 10, 31)));
	}

	@Test
	void readsSingleDigitDayAndMonth() {
		assertThat(Dates.parse(new SourceValue("1/4/2015", AT)).value()).isEqualTo(LocalDate.of(2015, 4, 1));
	}

	@Test
	void readsExcelDateCells() {
		LocalDate date = LocalDate.of(2017, 3, 31);
		assertThat(Dates.parse(new SourceValue(date, AT))).isEqualTo(ParsedDate.of(date));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void readsBlankAsNoDate(String text) {
		assertThat(Dates.parse(new SourceValue(text, AT))).isEqualTo(ParsedDate.blank());
		assertThat(Dates.parse(new SourceValue(null, AT)).isPresent()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2016-02-30", "31/02/2016", "10/31/2016", "2016/10/31", "31-10-2016", "Oct 2016",
			"tomorrow", "2016-10-31T00:00" })
	void rejectsAnythingElse(String text) {
		assertThat(Dates.parse(new SourceValue(text, AT))).isEqualTo(ParsedDate.invalid());
	}

	@ParameterizedTest
	@CsvSource({ "2016-02-29, 2016-02-29", "2000-02-29, 2000-02-29", "0000-01-01, 0000-01-01", "9999-12-31, 9999-12-31",
			"' 2016-04-30\t', 2016-04-30" })
	void readsEveryDayOfTheCalendarInIso(String text, LocalDate expected) {
		assertThat(Dates.parse(text)).isEqualTo(ParsedDate.of(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2017-02-29", "1900-02-29", "2016-04-31", "2016-00-10", "2016-13-01", "2016-10-00",
			"2016-2-3", "2016-02-3", "+2016-10-31", "2016-1a-31", "2016_10_31", "201-10-311", "\u0662016-10-31" })
	void rejectsIsoLookalikesThatAreNoDay(String text) {
		assertThat(Dates.parse(text)).isEqualTo(ParsedDate.invalid());
	}

	@Test
	void rejectsNumbersThatAreNotDateCells() {
		assertThat(Dates.parse(new SourceValue(42674.0, AT)).valid()).isFalse();
	}

}
