package org.joinedup.app.warehouse;

import java.net.UnknownHostException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A warehouse database that cannot be reached at start (the server down, the address,
 * user or password wrong, an H2 file held by a process that does not share it): its JDBC
 * URL and the driver's reason in one line, in place of the stack of beans that needed it.
 */
class WarehouseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<CannotGetJdbcConnectionException> {

	private final Environment environment;

	WarehouseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CannotGetJdbcConnectionException cause) {
		String url = environment.getProperty("spring.datasource.url");
		return new FailureAnalysis("Cannot reach the warehouse database " + url + ": " + reason(cause),
				"Check that the database runs and takes connections at that URL with that user and password "
						+ "(JOINEDUP_DB_URL, JOINEDUP_DB_USER, JOINEDUP_DB_PASSWORD with the postgres profile).",
				cause);
	}

	private static String reason(Throwable cause) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(cause);
		return root instanceof UnknownHostException ? "unknown host " + root.getMessage() : root.getMessage();
	}

}
