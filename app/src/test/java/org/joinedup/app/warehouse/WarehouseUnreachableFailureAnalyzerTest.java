package org.joinedup.app.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.joinedup.app.testing.StartupFailures;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/** A warehouse that does not answer is reported in one line: its URL and why. */
class WarehouseUnreachableFailureAnalyzerTest {

	private static final String CLOSED_PORT = "jdbc:postgresql://127.0.0.1:1/joinedup";

	@Test
	void namesTheUrlAndTheDriversReason() {
		Throwable failure = catchThrowable(
				() -> DataSourceUtils.getConnection(new DriverManagerDataSource(CLOSED_PORT, "postgres", "")));

		String report = StartupFailures.report(failure,
				new MockEnvironment().withProperty("spring.datasource.url", CLOSED_PORT));

		assertThat(report).contains("Cannot reach the warehouse database " + CLOSED_PORT + ": Connection refused");
	}

}
