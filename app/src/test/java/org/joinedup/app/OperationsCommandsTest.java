package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.batch.ProcessStamp;
import org.joinedup.app.cli.Cli;
import org.joinedup.app.ingest.IngestKeys;
import org.joinedup.app.report.ReportKeys;
import org.joinedup.app.testing.Patience;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.joinedup.ingest.registry.FileDigest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin commands on a small warehouse: the areas reference, three 2016-17 Q4 returns
 * (so nine areas are missing), Tameside's ingested again (so one is superseded) and one
 * rejected return. A test that changes the warehouse further does so on returns and
 * quarters of its own, so the tests run in any order.
 */
@SpringBootTest
@TestInstance(Lifecycle.PER_CLASS)
class OperationsCommandsTest {

	private static final Path Q4 = Samples.INBOX.resolve("bcf/2016-17/Q4");

	private static final Path REJECTED = Samples.REJECTS.resolve("count-negative.xlsx");

	private static final Path TAMESIDE = Q4.resolve("E08000008-tameside.xlsx");

	private static final Path HARTLEPOOL = Q4.resolve("E06000001-hartlepool.xlsx");

	private static final Path LEFT_STARTED = Samples.INBOX.resolve("bcf/2016-17/Q3/E06000001-hartlepool.xlsx");

	private static final Path TO_RESTART = Samples.INBOX.resolve("bcf/2016-17/Q3/E06000018-nottingham.xlsx");

	private static final Path BEING_INGESTED = Samples.INBOX.resolve("bcf/2016-17/Q3/E06000023-bristol.xlsx");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path out;

	private Cli.Result tamesideRerun;

	@BeforeAll
	void ingestTheSmallWarehouse() {
		Cli.Result ingest = Cli.run(context, "ingest", Samples.AREAS.toString(), HARTLEPOOL.toString(),
				TAMESIDE.toString(), Q4.resolve("E10000030-surrey.xlsx").toString(), REJECTED.toString());
		assertThat(ingest.exitCode()).as(ingest.out()).isEqualTo(3);
		tamesideRerun = Cli.run(context, "rerun", String.valueOf(executionOf(TAMESIDE)));
	}

	@Test
	void jobsListsExecutionsWithTheirKeyStatusCountsAndOutcome() {
		Cli.Result jobs = Cli.run(context, "jobs");

		assertThat(jobs.exitCode()).isZero();
		assertThat(jobs.out().lines().findFirst().orElseThrow()).startsWith("ID")
			.contains("Job", "Key", "Status", "Started", "Duration", "Read", "Written", "Skipped", "Outcome");
		assertThat(jobs.out()).containsPattern("ingestFile +count-negative.xlsx +COMPLETED .* REJECTED")
			.containsPattern("ingestFile +E08000008-tameside.xlsx +COMPLETED .* ACCEPTED")
			.containsPattern("ingestFile +areas.csv +COMPLETED .* 12 +12 +0 +ACCEPTED");
		assertThat(Cli.run(context, "jobs", "--status", "completed", "--limit", "2").out().lines()).hasSize(3);
		assertThat(Cli.run(context, "jobs", "--status", "stopped").out())
			.contains("No job executions with status STOPPED");

		Cli.Result badStatus = Cli.run(context, "jobs", "--status", "done");
		assertThat(badStatus.exitCode()).isEqualTo(2);
		assertThat(badStatus.err()).contains("--status: 'done' is not one of COMPLETED");
	}

	@Test
	void jobsShowListsStepsWithCountsAndTheFilesTouched() {
		long id = executionOf(HARTLEPOOL);

		Cli.Result show = Cli.run(context, "jobs", "show", String.valueOf(id));

		assertThat(show.exitCode()).isZero();
		assertThat(show.out()).contains("Execution " + id + " of ingestFile E06000001-hartlepool.xlsx: COMPLETED")
			.contains("Ran in process " + ProcessHandle.current().pid())
			.containsPattern("checkFile +COMPLETED +15 +15 +0")
			.contains(HARTLEPOOL.toString())
			.containsPattern("submission +#\\d+ BCF_QUARTERLY E06000001 Hartlepool 2016-17 Q4: ACCEPTED");

		Cli.Result unknown = Cli.run(context, "jobs", "show", "9999");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("There is no job execution 9999");
	}

	@Test
	void recoverRefusesWhileItsProcessLivesThenMarksADeadOnesExecutionFailedForRestart() throws Exception {
		JobExecution left = executionLeftStarted(LEFT_STARTED, ProcessStamp.current());
		String id = String.valueOf(left.getId());

		Cli.Result alive = Cli.run(context, "recover", id);
		assertThat(alive.exitCode()).isEqualTo(2);
		assertThat(alive.err()).contains("is still running in process " + ProcessHandle.current().pid());

		stamp(left, new ProcessStamp("another-host", 1, ""));
		Cli.Result elsewhere = Cli.run(context, "recover", id);
		assertThat(elsewhere.exitCode()).isEqualTo(2);
		assertThat(elsewhere.err()).contains("cannot be checked from here").contains("--force");

		stamp(left, deadProcess());
		Cli.Result notYet = Cli.run(context, "restart", id);
		assertThat(notYet.exitCode()).isEqualTo(2);
		assertThat(notYet.err()).contains("is STARTED").contains("joinedup recover " + id);

		Cli.Result recovered = Cli.run(context, "recover", id);
		assertThat(recovered.exitCode()).as(recovered.err()).isZero();
		assertThat(recovered.out()).contains("marked FAILED");
		assertThat(jobRepository.getJobExecution(left.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);

		Cli.Result again = Cli.run(context, "recover", id);
		assertThat(again.exitCode()).isEqualTo(2);
		assertThat(again.err()).contains("is FAILED, not left running");
	}

	@Test
	void anIngestOfBytesAnotherProcessIsIngestingSaysWhichAndResumesThemOnceThatProcessHasEnded() throws Exception {
		JobExecution running = executionLeftStarted(BEING_INGESTED, ProcessStamp.current());
		String id = String.valueOf(running.getId());

		Cli.Result whileAlive = Cli.run(context, "ingest", BEING_INGESTED.toString());
		assertThat(whileAlive.exitCode()).isEqualTo(1);
		assertThat(whileAlive.out())
			.contains("FAILED", "not started: the same bytes are STARTED in execution " + id,
					"It is running now in process " + ProcessHandle.current().pid())
			.doesNotContain("recover");

		stamp(running, deadProcess());
		Cli.Result afterItEnded = Cli.run(context, "ingest", BEING_INGESTED.toString());
		assertThat(afterItEnded.exitCode()).as(afterItEnded.out()).isZero();
		assertThat(afterItEnded.out()).contains("LOADED", "E06000023 Bristol 2016-17 Q3");
		assertThat(jobRepository.getJobExecution(running.getId()).getStatus()).as("recovered, then resumed")
			.isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void restartResumesAFailedExecutionAndRefusesOneThatCompleted() throws Exception {
		long failed = executionFailed(TO_RESTART).getId();

		Cli.Result restart = Cli.run(context, "restart", String.valueOf(failed));

		assertThat(restart.exitCode()).as(restart.err()).isZero();
		assertThat(restart.out()).containsPattern("Restarted execution " + failed
				+ " as execution \\d+ \\(ingestFile E06000018-nottingham.xlsx\\): COMPLETED, ACCEPTED");
		Cli.Result twice = Cli.run(context, "restart", String.valueOf(failed));
		assertThat(twice.exitCode()).isEqualTo(2);
		assertThat(twice.err()).contains("was restarted already as execution");

		Cli.Result completed = Cli.run(context, "restart", String.valueOf(executionOf(TAMESIDE)));
		assertThat(completed.exitCode()).isEqualTo(2);
		assertThat(completed.err()).contains("is COMPLETED").contains("joinedup rerun");
	}

	@Test
	void rerunIngestsTheSameFileAgainAsASubmissionThatSupersedesTheOld() {
		assertThat(tamesideRerun.exitCode()).as(tamesideRerun.err()).isZero();
		assertThat(tamesideRerun.out()).contains("(ingestFile E08000008-tameside.xlsx): COMPLETED, ACCEPTED");
		assertThat(jdbc.queryForList("SELECT status FROM submission WHERE org_code = 'E08000008' ORDER BY id",
				String.class))
			.containsExactly("SUPERSEDED", "ACCEPTED");
		assertThat(Cli.run(context, "rerun", "9999").exitCode()).isEqualTo(2);
	}

	@Test
	void backfillDryRunSaysWhatWouldRunAndWhyThenRunsIt() {
		int reportsBefore = reportInstances();
		Cli.Result dryRun = Cli.run(context, "backfill", "--from", "2016-17 Q3", "--to", "2016-17 Q4", "--dry-run");
		assertThat(dryRun.exitCode()).isZero();
		assertThat(dryRun.out()).containsPattern("2016-17 Q3 +yes +never reported")
			.containsPattern("2016-17 Q4 +yes +never reported")
			.contains("Dry run: 2 of 2 quarter(s) would be reported");
		assertThat(reportInstances()).as("reports run by the dry run").isEqualTo(reportsBefore);

		Cli.Result backfill = Cli.run(context, "backfill", "--from", "2016-17 Q4", "--to", "2016-17 Q4");
		assertThat(backfill.exitCode()).as(backfill.err()).isZero();
		assertThat(backfill.out()).contains("(quarterlyReport 2016-17 Q4): COMPLETED, WRITTEN");

		Cli.Result after = Cli.run(context, "backfill", "--from", "2016-17 Q3", "--to", "2016-17 Q4", "--dry-run",
				"--only", "missing");
		assertThat(after.out()).containsPattern("2016-17 Q4 +no +up to date").contains("1 of 2 quarter(s)");

		Cli.Result reversed = Cli.run(context, "backfill", "--from", "2016-17 Q4", "--to", "2016-17 Q3");
		assertThat(reversed.exitCode()).isEqualTo(2);
		assertThat(reversed.err()).contains("is after --to");

		Cli.Result future = Cli.run(context, "backfill", "--from", "2016-17 Q4", "--to", "2099-00 Q1", "--dry-run");
		assertThat(future.exitCode()).isEqualTo(2);
		assertThat(future.err()).contains("--to 2099-00 Q1 has not begun yet");
	}

	@Test
	void rerunWritesACompletedReportAgain() {
		Cli.Result written = Cli.run(context, "report", "--quarter", "2016-17 Q2", "--allow-empty", "--out",
				out.toString());
		assertThat(written.exitCode()).as(written.err()).isZero();
		long report = firstExecutionWith(ReportKeys.QUARTER, "2016-17 Q2");

		Cli.Result rerun = Cli.run(context, "rerun", String.valueOf(report));

		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(rerun.out()).containsPattern("Reran execution " + report
				+ " as execution \\d+ \\(quarterlyReport 2016-17 Q2\\): COMPLETED, WRITTEN");
	}

	@Test
	void submissionsListsExpectedAgainstReceivedAndTheNonSubmitters() throws Exception {
		Path workbook = out.resolve("submissions.xlsx");

		Cli.Result submissions = Cli.run(context, "submissions", "--quarter", "2016-17 Q4", "--out",
				workbook.toString());

		assertThat(submissions.exitCode()).as(submissions.err()).isZero();
		assertThat(submissions.out()).containsPattern("BCF_QUARTERLY +E08000008 +Tameside +2016-17 Q4 +Superseded")
			.containsPattern("BCF_QUARTERLY +E08000008 +Tameside +2016-17 Q4 +Accepted")
			.containsPattern("BCF_QUARTERLY +E08000025 +Birmingham +2016-17 Q4 +Missing")
			.contains("2016-17 Q4: 3 Accepted, 9 Missing, 1 Superseded")
			.contains("Non-submitters (9): Birmingham (E08000025), Bristol (E06000023)");
		assertThat(tableRows(workbook, "Submissions")).isEqualTo(13);

		Cli.Result noQuarter = Cli.run(context, "submissions");
		assertThat(noQuarter.exitCode()).isEqualTo(2);
		assertThat(noQuarter.err()).contains("Missing required option: '--quarter=Q'");
	}

	@Test
	void rejectionsListTheFindingsToSendBack() throws Exception {
		Path workbook = out.resolve("rejections.xlsx");

		Cli.Result rejections = Cli.run(context, "rejections", "--file", REJECTED.toString(), "--out",
				workbook.toString());

		assertThat(rejections.exitCode()).as(rejections.err()).isZero();
		assertThat(rejections.out()).containsPattern(
				"count-negative.xlsx +record +Error +2\\) Metrics +6 +D +-42 +count-negative +DTOC actual cannot be negative")
			.contains("1 finding(s) of 1 rejected file(s)");
		assertThat(tableRows(workbook, "Findings")).isEqualTo(1);

		Cli.Result accepted = Cli.run(context, "rejections", "--file", "E08000008-tameside.xlsx");
		assertThat(accepted.exitCode()).isEqualTo(2);
		assertThat(accepted.err()).contains("No rejected return named E08000008-tameside.xlsx");
	}

	@Test
	void everyAdminCommandHasHelp() {
		for (String[] command : new String[][] { { "jobs" }, { "jobs", "show" }, { "restart" }, { "rerun" },
				{ "recover" }, { "backfill" }, { "submissions" }, { "rejections" } }) {
			Cli.Result help = Cli.run(context, append(command, "--help"));
			assertThat(help.exitCode()).isZero();
			assertThat(help.out()).contains("Usage: joinedup " + String.join(" ", command));
		}
	}

	private long executionOf(Path file) {
		return firstExecutionWith(IngestKeys.NAME, file.getFileName().toString());
	}

	private long firstExecutionWith(String parameter, String value) {
		return jdbc.queryForObject("""
				SELECT MIN(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				WHERE p.parameter_name = ? AND p.parameter_value = ?""", Long.class, parameter, value);
	}

	private int reportInstances() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = ?", Integer.class,
				ReportKeys.JOB);
	}

	/**
	 * An ingest execution as a process that died part-way would leave it: STARTED,
	 * stamped with its process.
	 */
	private JobExecution executionLeftStarted(Path file, ProcessStamp process) throws Exception {
		JobParameters parameters = new JobParametersBuilder().addString("file.sha256", FileDigest.sha256(file))
			.addString("file.path", file.toString(), false)
			.addString("file.name", file.getFileName().toString(), false)
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance("ingestFile", parameters);
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStartTime(LocalDateTime.now());
		execution.setStatus(BatchStatus.STARTED);
		jobRepository.update(execution);
		stamp(execution, process);
		return execution;
	}

	/**
	 * An ingest execution as a process that failed part-way leaves it: FAILED, to be
	 * restarted.
	 */
	private JobExecution executionFailed(Path file) throws Exception {
		JobExecution execution = executionLeftStarted(file, deadProcess());
		execution.setStatus(BatchStatus.FAILED);
		execution.setEndTime(LocalDateTime.now());
		jobRepository.update(execution);
		return execution;
	}

	private void stamp(JobExecution execution, ProcessStamp process) {
		process.writeTo(execution.getExecutionContext());
		jobRepository.updateExecutionContext(execution);
	}

	/** A process of this host that has ended. */
	private static ProcessStamp deadProcess() throws Exception {
		Process process = new ProcessBuilder("true").start();
		long pid = Patience.get("'true' to exit", process.onExit()).pid();
		return new ProcessStamp(ProcessStamp.current().host(), pid, "");
	}

	private static int tableRows(Path workbook, String table) throws Exception {
		try (FileInputStream in = new FileInputStream(workbook.toFile()); XSSFWorkbook book = new XSSFWorkbook(in)) {
			var area = book.getTable(table).getArea();
			return area.getLastCell().getRow() - area.getFirstCell().getRow()
					- book.getTable(table).getTotalsRowCount();
		}
	}

	private static String[] append(String[] command, String option) {
		String[] args = java.util.Arrays.copyOf(command, command.length + 1);
		args[command.length] = option;
		return args;
	}

}
