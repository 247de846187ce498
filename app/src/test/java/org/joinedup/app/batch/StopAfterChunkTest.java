package org.joinedup.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.api.Trigger;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.AreasFiles;
import org.joinedup.app.testing.Patience;
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
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What {@code serve} does on SIGTERM: a stop asked for while a chunk is being written
 * lets that chunk commit, leaves the execution STOPPED, and a restart loads the rest,
 * none twice.
 */
@SpringBootTest
class StopAfterChunkTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
		registry.add("joinedup.ingest.chunk-size", () -> "1");
	}

	@Autowired
	IngestRunner ingest;

	@Autowired
	StopAfterChunk stopAfterChunk;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@Test
	void aStopLetsTheCurrentChunkCommitAndLeavesTheExecutionRestartable() throws Exception {
		Path areas = AreasFiles.numbered(folder.resolve("areas.csv"), 5);
		jdbc.execute("CREATE TRIGGER hold_third_area BEFORE INSERT ON area FOR EACH ROW CALL \""
				+ HoldThirdInsert.class.getName() + "\"");

		CompletableFuture<FileOutcome> running = CompletableFuture.supplyAsync(() -> ingest.ingest(areas));
		Patience.await("the third row to be written", HoldThirdInsert.REACHED);
		stopAfterChunk.request();
		HoldThirdInsert.RELEASE.countDown();
		FileOutcome stopped = Patience.get("the stopped ingest to end", running);

		assertThat(stopped.result()).isEqualTo(FileOutcome.Result.FAILED);
		assertThat(stopped.detail()).contains("STOPPED");
		assertThat(areaRows()).as("rows of the chunks committed, the one in flight included").isEqualTo(3);

		jdbc.execute("DROP TRIGGER hold_third_area");
		ReflectionTestUtils.setField(stopAfterChunk, "requested", false); // as in the
																			// next
																			// process
		long stoppedExecution = jdbc.queryForObject(
				"SELECT MAX(job_execution_id) FROM batch_job_execution WHERE status = 'STOPPED'", Long.class);
		long restarted = jobOperator.restart(stoppedExecution);

		assertThat(jobRepository.getJobExecution(restarted).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.queryForList("SELECT ons_code FROM area ORDER BY source_row", String.class))
			.containsExactly("E06000001", "E06000002", "E06000003", "E06000004", "E06000005");
	}

	private int areaRows() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM area", Integer.class);
	}

	/**
	 * Holds the third insert until released, so a stop arrives while its chunk is being
	 * written.
	 */
	public static class HoldThirdInsert implements Trigger {

		static final CountDownLatch REACHED = new CountDownLatch(1);

		static final CountDownLatch RELEASE = new CountDownLatch(1);

		private static final AtomicInteger INSERTS = new AtomicInteger();

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
			if (INSERTS.incrementAndGet() == 3) {
				REACHED.countDown();
				try {
					RELEASE.await(Patience.limit().toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}

	}

}
