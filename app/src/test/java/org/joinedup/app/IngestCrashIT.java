package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.joinedup.app.testing.AreasFiles;
import org.joinedup.app.testing.JoinedupProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL part-way through a large file, then recovered and
 * restarted with the admin commands, leaves the warehouse exactly as an uninterrupted
 * ingest of the same file does: every row once.
 */
class IngestCrashIT {

	private static final int AREAS = 50_000;

	private static final int COMMITTED_BEFORE_KILL = 3_000;

	@TempDir
	Path folder;

	@Test
	void anIngestKilledMidwayRecoversAndRestartsToTheWarehouseOfAnUninterruptedRun() throws Exception {
		Path areas = AreasFiles.numbered(folder.resolve("areas-large.csv"), AREAS);
		Path crashed = Files.createDirectories(folder.resolve("crashed"));

		AtomicLong committed = new AtomicLong();
		try (JoinedupProcess ingest = JoinedupProcess.start(crashed, folder, "ingest", areas.toString(),
				"--joinedup.ingest.chunk-size=100")) {
			ingest.await(COMMITTED_BEFORE_KILL + " committed rows", () -> {
				assertThat(ingest.isAlive()).as("the ingest ended before it was killed:\n" + ingest.output()).isTrue();
				committed.set(committedAreas(crashed));
				return committed.get() >= COMMITTED_BEFORE_KILL;
			});
			ingest.kill();
		}
		assertThat(committed.get()).as("killed part-way").isLessThan(AREAS);

		String started = run(crashed, "jobs", "--status", "started");
		String id = started.lines()
			.filter(l -> l.contains("areas-large.csv"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no STARTED ingest in:\n" + started))
			.split(" +")[0];
		run(crashed, "recover", id);
		assertThat(run(crashed, "restart", id, "--joinedup.ingest.chunk-size=100")).contains("COMPLETED, ACCEPTED");

		Path uninterrupted = Files.createDirectories(folder.resolve("uninterrupted"));
		run(uninterrupted, "ingest", areas.toString());

		List<Object> expected = warehouseFigures(uninterrupted);
		assertThat(expected.get(0)).isEqualTo((long) AREAS);
		assertThat(warehouseFigures(crashed)).isEqualTo(expected);
	}

	/** Runs a command to its end, expecting exit code 0, and returns its output. */
	private String run(Path home, String... args) throws Exception {
		try (JoinedupProcess process = JoinedupProcess.start(home, folder, args)) {
			assertThat(process.awaitExit()).as(process.output()).isZero();
			return process.output();
		}
	}

	/**
	 * The warehouse of a home, through the process that has it open if any (H2's
	 * AUTO_SERVER, as the application opens it); never creating it.
	 */
	private static Connection warehouse(Path home) throws SQLException {
		return DriverManager
			.getConnection("jdbc:h2:file:" + home.resolve("warehouse") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE", "sa", "");
	}

	private static long committedAreas(Path home) {
		try (Connection c = warehouse(home);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM area")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException notYet) {
			return 0; // the database or its tables are not made yet
		}
	}

	/**
	 * Row count, distinct source rows and codes, sums and extremes of the areas, and the
	 * submissions' states.
	 */
	private static List<Object> warehouseFigures(Path home) throws SQLException {
		try (Connection c = warehouse(home); Statement s = c.createStatement()) {
			List<Object> figures = new ArrayList<>();
			try (ResultSet rs = s.executeQuery("""
					SELECT COUNT(*), COUNT(DISTINCT source_row), COUNT(DISTINCT ons_code), SUM(population),
					       SUM(population_65), MIN(ons_code), MAX(ons_code), SUM(source_row) FROM area""")) {
				rs.next();
				for (int i = 1; i <= 8; i++) {
					figures.add(rs.getObject(i));
				}
			}
			try (ResultSet rs = s.executeQuery("SELECT status || ' ' || row_count FROM submission ORDER BY id")) {
				while (rs.next()) {
					figures.add(rs.getString(1));
				}
			}
			return figures;
		}
	}

}
