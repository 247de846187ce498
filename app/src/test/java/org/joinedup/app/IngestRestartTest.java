package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.api.Trigger;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.AreasFiles;
import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An ingest that fails after two committed rows, restarted once the cause is gone, ends
 * with exactly the five rows of an uninterrupted run: none lost, none written twice.
 */
@SpringBootTest
class IngestRestartTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
		registry.add("joinedup.ingest.chunk-size", () -> "1");
	}

	@Autowired
	IngestRunner ingest;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@Test
	void aFailedIngestRestartsWhereItStopped() throws Exception {
		Path areas = AreasFiles.numbered(folder.resolve("areas.csv"), 5);
		jdbc.execute("CREATE TRIGGER fail_third_area BEFORE INSERT ON area FOR EACH ROW CALL \""
				+ FailOnThirdInsert.class.getName() + "\"");

		FileOutcome failed = ingest.ingest(areas);

		assertThat(failed.result()).isEqualTo(FileOutcome.Result.FAILED);
		assertThat(areaRows()).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT status FROM submission", String.class)).isEqualTo("LOADING");

		jdbc.execute("DROP TRIGGER fail_third_area");
		long failedExecution = jdbc.queryForObject(
				"SELECT MAX(job_execution_id) FROM batch_job_execution WHERE status = 'FAILED'", Long.class);
		assertThat(failed.detail()).as("tells the admin what to run").contains("joinedup restart " + failedExecution);
		long restarted = jobOperator.restart(failedExecution);

		assertThat(jobRepository.getJobExecution(restarted).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(areaRows()).isEqualTo(5);
		assertThat(jdbc.queryForList("SELECT ons_code FROM area ORDER BY source_row", String.class))
			.containsExactly("E06000001", "E06000002", "E06000003", "E06000004", "E06000005");
		assertThat(jdbc.queryForObject("SELECT status FROM submission", String.class)).isEqualTo("ACCEPTED");
	}

	private int areaRows() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM area", Integer.class);
	}

	/**
	 * Fails the third insert it sees, as a database outage part-way through a load would.
	 */
	public static class FailOnThirdInsert implements Trigger {

		private static final AtomicInteger INSERTS = new AtomicInteger();

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
			if (INSERTS.incrementAndGet() == 3) {
				throw new SQLException("injected failure on the third insert");
			}
		}

	}

}
