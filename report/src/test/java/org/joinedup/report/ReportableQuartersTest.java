package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.Test;

class ReportableQuartersTest {

	@Test
	void listsQuartersWithReturnsAndNoticesChanges() {
		Warehouse warehouse = Warehouse.migrated();
		BcfFixture.load(warehouse);
		ReportableQuarters quarters = new ReportableQuarters(warehouse.dataSource);
		assertThat(quarters.withReturns()).containsExactly(new FinancialQuarter(2015, 4), new FinancialQuarter(2016, 1),
				new FinancialQuarter(2016, 2));

		FinancialQuarter q1 = new FinancialQuarter(2016, 1);
		FinancialQuarter q2 = new FinancialQuarter(2016, 2);
		String q1Before = quarters.stateOf(q1);
		String q2Before = quarters.stateOf(q2);
		assertThat(quarters.stateOf(q2)).isEqualTo(q2Before);

		warehouse.file(40, "hartlepool-2016-17-q2.xlsx", LocalDateTime.of(2016, 11, 20, 9, 0));
		warehouse.submission(40, "BCF_QUARTERLY", BcfFixture.HARTLEPOOL, 2016, 2, "ACCEPTED",
				LocalDateTime.of(2016, 11, 20, 9, 0));

		assertThat(quarters.stateOf(q2)).isNotEqualTo(q2Before);
		assertThat(quarters.stateOf(q1)).isEqualTo(q1Before);

		String q2WithBcf = quarters.stateOf(q2);
		warehouse.file(41, "DTOC-2016-08.csv", LocalDateTime.of(2016, 10, 7, 9, 0));
		warehouse.submission(41, "DTOC_MONTHLY", null, 2016, 2, "ACCEPTED", LocalDateTime.of(2016, 10, 7, 9, 0));

		assertThat(quarters.stateOf(q2)).as("a monthly extract of the quarter").isNotEqualTo(q2WithBcf);
		assertThat(quarters.stateOf(q1)).isEqualTo(q1Before);
	}

}
