package org.joinedup.warehouse.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialQuarterTest {

	@ParameterizedTest
	@ValueSource(strings = { "Q3 2016-17", "2016-17 Q3", "Q3 2016/17", "2016/17 Q3", "2016-17Q3", " q3  2016-2017 ",
			"2016/17\u00a0Q3" })
	void acceptsEveryWrittenForm(String text) {
		assertThat(FinancialQuarter.parse(text)).contains(new FinancialQuarter(2016, 3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Q5 2016-17", "2016-18 Q3", "Q3", "October 2016", "2016 Q3", "Q3 2099-01" })
	void rejectsWhatIsNotAQuarter(String text) {
		assertThat(FinancialQuarter.parse(text)).isEmpty();
	}

	@Test
	void theFinancialYearStartsInApril() {
		assertThat(FinancialQuarter.containing(LocalDate.of(2017, 3, 31))).isEqualTo(new FinancialQuarter(2016, 4));
		assertThat(FinancialQuarter.containing(LocalDate.of(2017, 4, 1))).isEqualTo(new FinancialQuarter(2017, 1));
		assertThat(FinancialQuarter.containing(LocalDate.of(2016, 10, 31))).isEqualTo(new FinancialQuarter(2016, 3));
		assertThat(new FinancialQuarter(2016, 3).start()).isEqualTo(LocalDate.of(2016, 10, 1));
		assertThat(new FinancialQuarter(2016, 4).end()).isEqualTo(LocalDate.of(2017, 3, 31));
	}

	@Test
	void writesAndOrdersQuarters() {
		FinancialQuarter q4 = new FinancialQuarter(2016, 4);
		assertThat(q4.label()).isEqualTo("2016-17 Q4");
		assertThat(q4.slug()).isEqualTo("2016-17-Q4");
		assertThat(new FinancialQuarter(1999, 1).label()).isEqualTo("1999-00 Q1");
		assertThat(q4.next()).isEqualTo(new FinancialQuarter(2017, 1));
		assertThat(new FinancialQuarter(2017, 1).previous()).isEqualTo(q4);
		assertThat(q4.elapsedShareOfYear()).isEqualTo(1.0);
		assertThat(q4.isAfter(new FinancialQuarter(2016, 3))).isTrue();
	}

}
