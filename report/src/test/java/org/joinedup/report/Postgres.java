package org.joinedup.report;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}).
 * Tests that need it are skipped when no server answers, unless
 * {@code JOINEDUP_REQUIRE_POSTGRES=true}, as in CI.
 */
final class Postgres {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

	static final String USER = "postgres";

	private Postgres() {
	}

	static void assumeAnswers() {
		if (!"true".equalsIgnoreCase(System.getenv("JOINEDUP_REQUIRE_POSTGRES"))) {
			Assumptions.assumeTrue(answers(), "no PostgreSQL server answers at " + SERVER);
		}
	}

	private static boolean answers() {
		try (Connection ignored = DriverManager.getConnection(SERVER, USER, "")) {
			return true;
		}
		catch (Exception e) {
			return false;
		}
	}

}
