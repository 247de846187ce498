package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.joinedup.app.testing.JoinedupProcess;
import org.joinedup.app.testing.Patience;
import org.joinedup.app.testing.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Cluster mode: two {@code serve} processes of the packaged jar share one PostgreSQL
 * warehouse, and each fire of the nightly's trigger (every five seconds here) runs the
 * nightly once, on one of them.
 */
@EnabledIf(value = "org.joinedup.app.testing.Postgres#serverAnswersOrIsRequired",
		disabledReason = "no PostgreSQL server answers at 127.0.0.1:5432 (set JOINEDUP_REQUIRE_POSTGRES=true to fail instead)")
class ServeClusterIT {

	private static final int FIRE_SECONDS = 5;

	private static final int FIRES_WITH_BOTH_SERVING = 4;

	@Test
	void twoServeProcessesRunEachFireOnce() throws Exception {
		String database = Postgres.createDatabase();
		List<JoinedupProcess> nodes = new ArrayList<>();
		try {
			Path inbox = Files.createTempDirectory("joinedup-empty-inbox-");
			for (int i = 0; i < 2; i++) {
				JoinedupProcess node = JoinedupProcess.start(Files.createTempDirectory("joinedup-node-"), inbox,
						"serve", "--spring.profiles.active=postgres,cluster", "--spring.datasource.url=" + database,
						"--joinedup.schedule.cron=0/" + FIRE_SECONDS + " * * * * ?");
				nodes.add(node);
				node.awaitOutput("Serving:");
			}
			Patience.await("both nodes to check in to the cluster",
					() -> count(database, "SELECT COUNT(*) FROM qrtz_scheduler_state") == 2, () -> outputsSoFar(nodes));
			int before = finishedRuns(database);
			Patience.await(FIRES_WITH_BOTH_SERVING + " nightlies with both serving",
					() -> finishedRuns(database) >= before + FIRES_WITH_BOTH_SERVING, () -> outputsSoFar(nodes));
			for (JoinedupProcess node : nodes) {
				assertThat(node.stop()).as(node.output()).isZero();
				assertThat(node.output()).as("the next fire in the schedule's zone, Europe/London")
					.containsPattern(
							"; next at \\w{3} \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} (GMT|BST)\\. Stop with Ctrl-C\\.")
					.endsWith("Stopped." + System.lineSeparator());
			}

			assertThat(count(database,
					"SELECT COUNT(*) FROM (SELECT FLOOR(EXTRACT(EPOCH FROM started_at) / " + FIRE_SECONDS
							+ ") AS fire FROM nightly_run GROUP BY fire HAVING COUNT(*) > 1) AS twice"))
				.as("fires that ran the nightly more than once")
				.isZero();
			for (JoinedupProcess node : nodes) {
				assertThat(node.output()).as("a nightly refused because another already ran the same fire")
					.doesNotContain("Nightly not started");
			}
		}
		finally {
			nodes.forEach(JoinedupProcess::close);
			Postgres.dropDatabase(database);
		}
	}

	private static String outputsSoFar(List<JoinedupProcess> nodes) {
		return nodes.stream().map(JoinedupProcess::outputSoFar).collect(Collectors.joining("\n"));
	}

	private static int finishedRuns(String database) {
		return count(database, "SELECT COUNT(*) FROM nightly_run WHERE finished_at IS NOT NULL");
	}

	private static int count(String database, String sql) {
		try (Connection connection = DriverManager.getConnection(database, Postgres.USER, "");
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
		catch (SQLException notYetMigrated) {
			return -1;
		}
	}

}
