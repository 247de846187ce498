package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.joinedup.app.testing.JoinedupProcess;
import org.joinedup.app.testing.Postgres;
import org.joinedup.app.testing.Samples;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line that says a file loaded is a promise: an ingest killed with SIGKILL as soon as
 * it has printed its Nth {@code LOADED} or {@code SUPERSEDES} line (as soon as a watcher
 * can see it) still holds, once reopened, every file it acknowledged, accepted, with its
 * rows; on the embedded H2 warehouse and on PostgreSQL.
 */
class AcknowledgedLoadsSurviveKillIT {

	private static final Pattern ACKNOWLEDGED = Pattern
		.compile("^(?:LOADED|SUPERSEDES) .*, (\\d+) rows(?:, \\d+ warning\\(s\\))? \\(#(\\d+)\\)$", Pattern.MULTILINE);

	@TempDir
	Path home;

	@ParameterizedTest(name = "killed after {0} acknowledged file(s)")
	@ValueSource(ints = { 1, 12, 40 })
	void onH2(int acknowledged) throws Exception {
		List<Acknowledgement> promised = ingestKilledAfter(acknowledged);
		assertKept(promised, "jdbc:h2:file:" + home.resolve("warehouse") + ";IFEXISTS=TRUE", "sa");
	}

	@ParameterizedTest(name = "killed after {0} acknowledged file(s)")
	@ValueSource(ints = { 1, 12 })
	@EnabledIf(value = "org.joinedup.app.testing.Postgres#serverAnswersOrIsRequired",
			disabledReason = "no PostgreSQL server answers at 127.0.0.1:5432")
	void onPostgres(int acknowledged) throws Exception {
		String database = Postgres.createDatabase();
		try {
			List<Acknowledgement> promised = ingestKilledAfter(acknowledged, "--spring.profiles.active=postgres",
					"--spring.datasource.url=" + database, "--spring.datasource.username=" + Postgres.USER);
			assertKept(promised, database, Postgres.USER);
		}
		finally {
			Postgres.dropDatabase(database);
		}
	}

	private List<Acknowledgement> ingestKilledAfter(int count, String... settings) throws Exception {
		List<String> args = new ArrayList<>(List.of("ingest", Samples.INBOX.toString()));
		args.addAll(List.of(settings));
		try (JoinedupProcess ingest = JoinedupProcess.start(home, Samples.INBOX, args.toArray(String[]::new))) {
			ingest.await(count + " acknowledged file(s)", () -> acknowledgements(ingest.output()).size() >= count,
					Duration.ofMillis(2));
			ingest.kill();
			List<Acknowledgement> promised = acknowledgements(ingest.output());
			assertThat(promised).as(ingest.outputSoFar()).hasSizeGreaterThanOrEqualTo(count);
			return promised;
		}
	}

	private static void assertKept(List<Acknowledgement> promised, String url, String user) throws SQLException {
		try (Connection warehouse = DriverManager.getConnection(url, user, "");
				PreparedStatement submission = warehouse
					.prepareStatement("SELECT status, row_count FROM submission WHERE id = ?")) {
			for (Acknowledgement acknowledged : promised) {
				submission.setLong(1, acknowledged.submission());
				try (ResultSet rs = submission.executeQuery()) {
					assertThat(rs.next())
						.as("submission #%d, acknowledged before the kill, is in the warehouse",
								acknowledged.submission())
						.isTrue();
					assertThat(rs.getString("status")).as("status of #%d", acknowledged.submission())
						.isIn("ACCEPTED", "SUPERSEDED");
					assertThat(rs.getInt("row_count")).as("rows of #%d", acknowledged.submission())
						.isEqualTo(acknowledged.rows());
				}
			}
		}
	}

	private static List<Acknowledgement> acknowledgements(String output) {
		List<Acknowledgement> found = new ArrayList<>();
		Matcher line = ACKNOWLEDGED.matcher(output);
		while (line.find()) {
			found.add(new Acknowledgement(Long.parseLong(line.group(2)), Integer.parseInt(line.group(1))));
		}
		return found;
	}

	private record Acknowledgement(long submission, int rows) {
	}

}
