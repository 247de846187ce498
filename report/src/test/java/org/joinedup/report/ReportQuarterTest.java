package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportQuarterTest {

	@Test
	void labelsAndDates() {
		ReportQuarter q4 = new ReportQuarter(2016, 4);
		assertThat(q4.label()).isEqualTo("2016-17 Q4");
		assertThat(q4.fileSlug()).isEqualTo("2016-17-Q4");
		assertThat(q4.start()).isEqualTo(LocalDate.of(2017, 1, 1));
		assertThat(q4.end()).isEqualTo(LocalDate.of(2017, 3, 31));
		assertThat(new ReportQuarter(2016, 1).end()).isEqualTo(LocalDate.of(2016, 6, 30));
		assertThat(q4.next()).isEqualTo(new ReportQuarter(2017, 1));
		assertThat(new ReportQuarter(2017, 1).previous()).isEqualTo(q4);
	}

	@Test
	void parsesTheWrittenForms() {
		ReportQuarter q4 = new ReportQuarter(2016, 4);
		assertThat(ReportQuarter.parse("2016-17 Q4")).isEqualTo(q4);
		assertThat(ReportQuarter.parse("2016-17Q4")).isEqualTo(q4);
		assertThat(ReportQuarter.parse("Q4 2016-17")).isEqualTo(q4);
		assertThat(ReportQuarter.parse("2016/17 q4")).isEqualTo(q4);
		assertThat(ReportQuarter.parse(" q4 2016/17 ")).isEqualTo(q4);
		assertThat(ReportQuarter.parse("1999-00 Q1")).isEqualTo(new ReportQuarter(1999, 1));
		assertThatThrownBy(() -> ReportQuarter.parse("2016-18 Q4")).hasMessageContaining("2016-18");
		assertThatThrownBy(() -> ReportQuarter.parse("2016-17 Q5")).hasMessageContaining("2016-17 Q4");
		assertThatThrownBy(() -> new ReportQuarter(2016, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void findsTheQuarterOfADay() {
		assertThat(ReportQuarter.containing(LocalDate.of(2016, 4, 1))).isEqualTo(new ReportQuarter(2016, 1));
		assertThat(ReportQuarter.containing(LocalDate.of(2016, 9, 30))).isEqualTo(new ReportQuarter(2016, 2));
		assertThat(ReportQuarter.containing(LocalDate.of(2016, 12, 31))).isEqualTo(new ReportQuarter(2016, 3));
		assertThat(ReportQuarter.containing(LocalDate.of(2017, 3, 31))).isEqualTo(new ReportQuarter(2016, 4));
	}
}
