package org.joinedup.app.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server at 127.0.0.1:5432 for tests: each test class makes a database of
 * its own, so runs side by side never meet, and drops it when done.
 */
public final class Postgres {

	public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	public static final String USER = "postgres";

	private Postgres() {
	}

	/**
	 * For {@code @EnabledIf}: true when the server answers, or when CI requires it
	 * ({@code JOINEDUP_REQUIRE_POSTGRES=true}).
	 */
	public static boolean serverAnswersOrIsRequired() {
		if (Boolean.parseBoolean(System.getenv("JOINEDUP_REQUIRE_POSTGRES"))) {
			return true;
		}
		try (Connection connection = DriverManager.getConnection(SERVER + "test", USER, "")) {
			return true;
		}
		catch (SQLException noServer) {
			System.err.println("PostgreSQL test skipped: " + noServer.getMessage());
			return false;
		}
	}

	/** Creates a database with a fresh name and returns its JDBC URL. */
	public static String createDatabase() throws SQLException {
		String name = "joinedup_test_" + UUID.randomUUID().toString().replace("-", "");
		execute("CREATE DATABASE " + name);
		return SERVER + name;
	}

	public static void dropDatabase(String url) throws SQLException {
		execute("DROP DATABASE IF EXISTS " + url.substring(SERVER.length()) + " WITH (FORCE)");
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "test", USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
