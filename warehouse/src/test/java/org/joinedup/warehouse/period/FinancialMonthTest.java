package org.joinedup.warehouse.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;

import org.junit.jupiter.api.Test;

class FinancialMonthTest {

	@Test
	void januaryOfAFinancialYearIsInItsSecondCalendarYear() {
		assertThat(FinancialMonth.parse("2016-17", "JANUARY")).contains(new FinancialMonth(2017, Month.JANUARY));
		assertThat(FinancialMonth.parse("2016/17", " october ")).contains(new FinancialMonth(2016, Month.OCTOBER));
		assertThat(FinancialMonth.parse("2016-2017", "MARCH")).contains(new FinancialMonth(2017, Month.MARCH));
	}

	@Test
	void readsTheAeForm() {
		assertThat(FinancialMonth.parseAePeriod("MSitAE-OCTOBER-2016"))
			.contains(new FinancialMonth(2016, Month.OCTOBER));
		assertThat(FinancialMonth.parseAePeriod(" msitae-january-2017 "))
			.contains(new FinancialMonth(2017, Month.JANUARY));
	}

	@Test
	void readsAWorkbooksPeriod() {
		assertThat(FinancialMonth.parseMonthAndYear("October 2016")).contains(new FinancialMonth(2016, Month.OCTOBER));
		assertThat(FinancialMonth.parseMonthAndYear(" june\u00a02025 ")).contains(new FinancialMonth(2025, Month.JUNE));
		assertThat(FinancialMonth.parseMonthAndYear("Oct 2016")).isEmpty();
		assertThat(FinancialMonth.parseMonthAndYear("OCTOBER-2016")).isEmpty();
	}

	@Test
	void rejectsWhatIsNotAMonth() {
		assertThat(FinancialMonth.parse("2016-18", "JANUARY")).isEmpty();
		assertThat(FinancialMonth.parse("2016-17", "JANURARY")).isEmpty();
		assertThat(FinancialMonth.parse("", "JANUARY")).isEmpty();
		assertThat(FinancialMonth.parseAePeriod("OCTOBER-2016")).isEmpty();
		assertThat(FinancialMonth.parseAePeriod("MSitAE-OCT-2016")).isEmpty();
	}

	@Test
	void monthsFallInTheQuartersOfTheFinancialYear() {
		assertThat(new FinancialMonth(2016, Month.APRIL).quarter()).isEqualTo(new FinancialQuarter(2016, 1));
		assertThat(new FinancialMonth(2016, Month.DECEMBER).quarter()).isEqualTo(new FinancialQuarter(2016, 3));
		assertThat(new FinancialMonth(2017, Month.MARCH).quarter()).isEqualTo(new FinancialQuarter(2016, 4));
		assertThat(new FinancialMonth(2017, Month.JANUARY).label()).isEqualTo("January 2017");
	}

}
