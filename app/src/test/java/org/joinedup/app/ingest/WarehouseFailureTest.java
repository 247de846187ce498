package org.joinedup.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class WarehouseFailureTest {

	@Test
	void aCommitThatCouldNotBeWrittenIsTheWarehousesWithItsDeepestCause() {
		var full = new TransactionSystemException("JDBC commit failed",
				new SQLException("General error: Writing to file failed", new IOException("No space left on device")));
		assertThat(WarehouseFailure.reasonFor(full)).contains("No space left on device");
	}

	@Test
	void aLostConnectionIsTheWarehouses() {
		var lost = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLNonTransientConnectionException("Connection to 127.0.0.1:5432 refused.\nCheck that..."));
		assertThat(WarehouseFailure.reasonFor(lost)).contains("Connection to 127.0.0.1:5432 refused. Check that...");
	}

	@Test
	void aValueTheWarehouseRefusesIsTheFilesNotTheWarehouses() {
		var tooLong = new DataIntegrityViolationException("Value too long for column",
				new SQLException("Value too long for column NAME"));
		assertThat(WarehouseFailure.reasonFor(tooLong)).isEmpty();
		assertThat(WarehouseFailure.reasonFor(new IllegalStateException("bug"))).isEmpty();
	}

}
