package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.api.Trigger;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.AreasFiles;
import org.joinedup.app.testing.FailEveryInsert;
import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An ingest that fails after two committed rows, restarted once the cause is gone, ends
 * with exactly the five rows of an uninterrupted run: none lost, none written twice. A
 * file of one chunk is checked, loaded and published in one transaction: a failure leaves
 * nothing of it, and its restart does it all.
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
		assertThat(areasOf("areas.csv")).hasSize(2);
		assertThat(statusOf("areas.csv")).containsExactly("LOADING");

		jdbc.execute("DROP TRIGGER fail_third_area");
		long failedExecution = lastFailedExecution();
		assertThat(failed.detail()).as("tells the admin what to run").contains("joinedup restart " + failedExecution);
		long restarted = jobOperator.restart(failedExecution);

		assertThat(jobRepository.getJobExecution(restarted).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(stepsOf(restarted)).containsExactly("loadFacts", "publishReturn");
		assertThat(areasOf("areas.csv")).containsExactly("E06000001", "E06000002", "E06000003", "E06000004",
				"E06000005");
		assertThat(statusOf("areas.csv")).containsExactly("ACCEPTED");
	}

	@Test
	void aFileOfOneChunkFailsWholeAndRestartsWhole() throws Exception {
		Path area = AreasFiles.numbered(folder.resolve("one-area.csv"), 1);
		jdbc.execute("CREATE TRIGGER fail_every_area BEFORE INSERT ON area FOR EACH ROW CALL \""
				+ FailEveryInsert.class.getName() + "\"");

		FileOutcome failed = ingest.ingest(area);

		assertThat(failed.result()).isEqualTo(FileOutcome.Result.FAILED);
		assertThat(statusOf("one-area.csv")).as("its submission rolled back with its facts").isEmpty();

		jdbc.execute("DROP TRIGGER fail_every_area");
		long restarted = jobOperator.restart(lastFailedExecution());

		assertThat(jobRepository.getJobExecution(restarted).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(stepsOf(restarted)).containsExactly("checkFile");
		assertThat(areasOf("one-area.csv")).containsExactly("E06000001");
		assertThat(statusOf("one-area.csv")).containsExactly("ACCEPTED");
	}

	/**
	 * A process whose warehouse failed right after it created the execution, before it
	 * could record itself, leaves it STARTING with no process: once the time a process
	 * takes to record itself has passed, the next ingest recovers it and loads the file.
	 */
	@Test
	void anExecutionLeftStartingByAProcessThatDiedFirstIsRecoveredAndResumed() throws Exception {
		Path area = Files.writeString(folder.resolve("left-starting.csv"),
				"ONS code,Name,Type,Region,Legacy code,Population,Population 65+,Valid from,Valid to\n"
						+ "E06000077,Left starting,Unitary authority,North East,077,100077,20077,2013-04-01,\n");
		jdbc.execute("CREATE TRIGGER fail_left_starting BEFORE INSERT ON area FOR EACH ROW CALL \""
				+ FailEveryInsert.class.getName() + "\"");
		assertThat(ingest.ingest(area).result()).isEqualTo(FileOutcome.Result.FAILED);
		jdbc.execute("DROP TRIGGER fail_left_starting");
		long left = lastFailedExecution();
		// as the process left it: created, no step run, nothing recorded
		jdbc.update("DELETE FROM batch_step_execution_context WHERE step_execution_id IN "
				+ "(SELECT step_execution_id FROM batch_step_execution WHERE job_execution_id = ?)", left);
		jdbc.update("DELETE FROM batch_step_execution WHERE job_execution_id = ?", left);
		ByteArrayOutputStream nothingRecorded = new ByteArrayOutputStream();
		new DefaultExecutionContextSerializer().serialize(new HashMap<>(), nothingRecorded);
		jdbc.update("UPDATE batch_job_execution_context SET short_context = ? WHERE job_execution_id = ?",
				nothingRecorded.toString(StandardCharsets.ISO_8859_1), left);
		jdbc.update("UPDATE batch_job_execution SET status = 'STARTING', end_time = NULL, create_time = ? "
				+ "WHERE job_execution_id = ?", Timestamp.valueOf(LocalDateTime.now().minusMinutes(2)), left);

		FileOutcome resumed = ingest.ingest(area);

		assertThat(resumed.result()).as(resumed.detail()).isEqualTo(FileOutcome.Result.LOADED);
		assertThat(jobRepository.getJobExecution(left).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(statusOf("left-starting.csv")).containsExactly("ACCEPTED");
	}

	private long lastFailedExecution() {
		return jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution WHERE status = 'FAILED'",
				Long.class);
	}

	private List<String> stepsOf(long execution) {
		return jdbc.queryForList(
				"SELECT step_name FROM batch_step_execution WHERE job_execution_id = ? ORDER BY step_execution_id",
				String.class, execution);
	}

	private List<String> areasOf(String fileName) {
		return jdbc.queryForList("""
				SELECT a.ons_code FROM area a JOIN submission s ON s.id = a.submission_id
				JOIN received_file f ON f.id = s.received_file_id WHERE f.file_name = ? ORDER BY a.source_row""",
				String.class, fileName);
	}

	private List<String> statusOf(String fileName) {
		return jdbc.queryForList("""
				SELECT s.status FROM submission s JOIN received_file f ON f.id = s.received_file_id
				WHERE f.file_name = ?""", String.class, fileName);
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
