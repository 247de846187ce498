package org.joinedup.app.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.batch.ProcessStamp;
import org.joinedup.app.batch.RunningExecutionAdvice;
import org.joinedup.app.warehouse.DurableCommits;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.registry.FileDigest;
import org.joinedup.transform.load.ReturnMappers;
import org.joinedup.transform.submission.EarlierSubmission;
import org.joinedup.transform.submission.SubmissionStore;
import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.warehouse.SubmissionStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Ingests files one job per file: the same bytes are never loaded twice, and one file's
 * failure never stops the others. A file modified within the quiet period, or changed
 * while it was read, waits for the next run; an empty one is rejected without being
 * registered, so that empty files are never duplicates of each other. The same bytes are
 * never ingested by two processes at once.
 */
@Component
public class IngestRunner {

	static final String FILE_EMPTY = "file-empty";

	private static final Duration STARTING_POLL = Duration.ofMillis(250);

	private final JobOperator jobOperator;

	private final Job ingestFileJob;

	private final SubmissionStore store;

	private final ReturnMappers returns;

	private final DurableCommits durable;

	private final Duration quietPeriod;

	private final Clock clock;

	private final JobRepository jobRepository;

	private final OutcomeCounter counter;

	IngestRunner(JobOperator jobOperator, Job ingestFileJob, SubmissionStore store, ReturnMappers returns,
			DurableCommits durable, JoinedupProperties properties, Clock clock, JobRepository jobRepository,
			OutcomeCounter counter) {
		this.counter = counter;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.ingestFileJob = ingestFileJob;
		this.store = store;
		this.returns = returns;
		this.durable = durable;
		this.quietPeriod = properties.ingest().quietPeriod();
		this.clock = clock;
	}

	/**
	 * The files under the paths in receipt order, and the folders or files that cannot be
	 * read.
	 */
	public Inbox.Listing files(List<Path> paths) {
		return Inbox.list(paths, returns);
	}

	public FileOutcome ingest(Path file) {
		return ingest(file, quietPeriod);
	}

	/**
	 * Ingests a file its caller has just written whole (an upload): it is not still
	 * arriving, so it does not wait out the quiet period.
	 */
	public FileOutcome ingestWritten(Path file) {
		return ingest(file, Duration.ZERO);
	}

	private FileOutcome ingest(Path file, Duration quiet) {
		try {
			return counter.counted(decide(file, quiet));
		}
		catch (WarehouseUnavailableException stopped) {
			counter.counted(stopped.outcome());
			throw stopped;
		}
	}

	private FileOutcome decide(Path file, Duration quiet) {
		try {
			FileStamp stamp = FileStamp.of(file);
			Duration age = Duration.between(stamp.modified(), clock.instant());
			if (age.abs().compareTo(quiet) < 0) {
				return waiting(file,
						"modified " + (age.isNegative() ? "just now" : age.toSeconds() + "s ago") + "; taken next run");
			}
			if (!Files.isReadable(file)) {
				throw new AccessDeniedException(file.toString());
			}
			if (stamp.size() == 0) {
				return empty(file);
			}
			String sha256 = FileDigest.sha256(file);
			if (!stamp.stillMatches(file)) {
				return changedWhileRead(file);
			}
			JobParameters parameters = parameters(file, sha256, stamp);
			Optional<FileOutcome> taken = takenElsewhere(file, sha256, parameters);
			if (taken.isPresent()) {
				return taken.get();
			}
			try {
				return run(file, parameters);
			}
			catch (Exception notStarted) {
				// another process may have started these bytes since they were looked up
				return takenElsewhere(file, sha256, parameters).orElseThrow(() -> notStarted);
			}
		}
		catch (IOException e) {
			return Unreadable.file(file, e);
		}
		catch (Exception e) {
			return stopIfTheWarehouseFailed(e, failed(file, e));
		}
	}

	private FileOutcome run(Path file, JobParameters parameters) throws Exception {
		JobExecution execution;
		try {
			execution = jobOperator.start(ingestFileJob, parameters);
		}
		catch (IllegalStateException noExecution) {
			forgetInstanceWithoutExecution(parameters, noExecution);
			execution = jobOperator.start(ingestFileJob, parameters);
		}
		durable.forceToDisk();
		return outcome(file, execution);
	}

	/**
	 * A job instance whose first execution was never written (the warehouse failed as it
	 * began) cannot be started or restarted; nothing ran under it, so it goes.
	 */
	private void forgetInstanceWithoutExecution(JobParameters parameters, IllegalStateException e) {
		JobInstance instance = jobRepository.getJobInstance(ingestFileJob.getName(), parameters);
		if (instance == null || jobRepository.getLastJobExecution(instance) != null) {
			throw e;
		}
		jobRepository.deleteJobInstance(instance);
	}

	/**
	 * The outcome when these bytes are someone else's: decided already (a duplicate), or
	 * being ingested by an execution that is marked running. One left running by a
	 * process that has ended on this host (killed, or its warehouse failed), or left
	 * STARTING by one that died before it could record itself, is recovered here, so that
	 * starting it again resumes it; also when its file was decided before the process
	 * ended, so that no execution stays marked running for ever.
	 */
	private Optional<FileOutcome> takenElsewhere(Path file, String sha256, JobParameters parameters)
			throws InterruptedException {
		JobExecution last = startedOrDiedStarting(jobRepository.getLastJobExecution(IngestKeys.JOB, parameters));
		boolean running = last != null && last.getStatus().isRunning();
		if (running && (diedStarting(last) || ProcessStamp.readFrom(last.getExecutionContext())
			.filter(process -> process.liveness() == ProcessStamp.Liveness.ENDED)
			.isPresent())) {
			jobOperator.recover(last);
			running = false;
		}
		Optional<EarlierSubmission> before = store.decidedSubmissionOf(sha256);
		if (before.isPresent()) {
			return Optional
				.of(new FileOutcome(file, FileOutcome.Result.DUPLICATE, before.get().describe(), null, List.of()));
		}
		if (!running) {
			return Optional.empty();
		}
		String detail = "not started: the same bytes are " + last.getStatus() + " in execution " + last.getId() + ". "
				+ RunningExecutionAdvice.of(last);
		return Optional.of(new FileOutcome(file, FileOutcome.Result.FAILED, detail, null, List.of()));
	}

	/**
	 * An execution STARTING without its process recorded is either moments old (its
	 * process records itself next) or was left by a process that died first (its
	 * warehouse failed in between): waits, up to the time a process takes to record
	 * itself, to see which.
	 */
	private JobExecution startedOrDiedStarting(JobExecution last) throws InterruptedException {
		JobExecution now = last;
		while (now != null && now.getStatus() == BatchStatus.STARTING
				&& ProcessStamp.readFrom(now.getExecutionContext()).isEmpty()
				&& RunningExecutionAdvice.isJustCreated(now)) {
			Thread.sleep(STARTING_POLL.toMillis());
			now = jobRepository.getJobExecution(now.getId());
		}
		return now;
	}

	private static boolean diedStarting(JobExecution execution) {
		return execution.getStatus() == BatchStatus.STARTING
				&& ProcessStamp.readFrom(execution.getExecutionContext()).isEmpty()
				&& !RunningExecutionAdvice.isJustCreated(execution);
	}

	/**
	 * Ingests the same bytes again as a new job instance: a new submission, checked
	 * against the reference data of today, that supersedes the return's current
	 * submission when accepted.
	 */
	public JobExecution rerun(Path file, String sha256) throws Exception {
		JobParameters parameters = new JobParametersBuilder(parameters(file, sha256, FileStamp.of(file)))
			.addString(IngestKeys.RERUN_AT, Instant.now().toString())
			.toJobParameters();
		return jobOperator.start(ingestFileJob, parameters);
	}

	private static JobParameters parameters(Path file, String sha256, FileStamp stamp) {
		JobParametersBuilder parameters = new JobParametersBuilder().addString(IngestKeys.SHA256, sha256)
			.addString(IngestKeys.PATH, file.toString(), false)
			.addString(IngestKeys.NAME, file.getFileName().toString(), false);
		stamp.addTo(parameters);
		return parameters.toJobParameters();
	}

	private FileOutcome outcome(Path file, JobExecution execution) {
		if (execution.getExecutionContext().containsKey(IngestKeys.CHANGED)) {
			return changedWhileRead(file);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			Optional<Throwable> failure = execution.getAllFailureExceptions().stream().findFirst();
			String why = failure.map(Throwable::toString).orElse(execution.getExitStatus().getExitDescription());
			FileOutcome failed = new FileOutcome(file, FileOutcome.Result.FAILED,
					"ingest job execution " + execution.getId() + " " + execution.getStatus() + ": " + why
							+ " (once the cause is fixed: joinedup restart " + execution.getId()
							+ ", or the next ingest of the file resumes it)",
					null, List.of());
			return failure.map(f -> stopIfTheWarehouseFailed(f, failed)).orElse(failed);
		}
		long submissionId = execution.getExecutionContext().getLong(IngestKeys.SUBMISSION_ID);
		SubmissionSummary s = store.summary(submissionId);
		if (s.status() == SubmissionStatus.REJECTED) {
			return new FileOutcome(file, FileOutcome.Result.REJECTED,
					s.subject() + ": " + s.errorCount() + " error(s), nothing loaded (#" + s.id() + ")", s.quarter(),
					store.findings(submissionId));
		}
		String detail = s.subject() + ", " + s.rowCount() + " rows" + warnings(s) + " (#" + s.id() + ")";
		if (execution.getExecutionContext().containsKey(IngestKeys.SUPERSEDES)) {
			long previous = execution.getExecutionContext().getLong(IngestKeys.SUPERSEDES);
			return new FileOutcome(file, FileOutcome.Result.SUPERSEDES, "#" + previous + ": " + detail, s.quarter(),
					List.of());
		}
		return new FileOutcome(file, FileOutcome.Result.LOADED, detail, s.quarter(), List.of());
	}

	private static FileOutcome waiting(Path file, String why) {
		return new FileOutcome(file, FileOutcome.Result.WAITING, why, null, List.of());
	}

	private static FileOutcome changedWhileRead(Path file) {
		return waiting(file, "changed while it was read (still being written?): nothing loaded; taken next run");
	}

	private static FileOutcome empty(Path file) {
		return new FileOutcome(file, FileOutcome.Result.REJECTED, "the file is empty (0 bytes): nothing loaded", null,
				List.of(Finding.fileError(file.getFileName().toString(), FILE_EMPTY,
						"The file is empty (0 bytes): send it again with its content")));
	}

	private static String warnings(SubmissionSummary s) {
		return s.warningCount() == 0 ? "" : ", " + s.warningCount() + " warning(s)";
	}

	private static FileOutcome stopIfTheWarehouseFailed(Throwable failure, FileOutcome failed) {
		Optional<String> reason = WarehouseFailure.reasonFor(failure);
		if (reason.isPresent()) {
			throw new WarehouseUnavailableException(failed, reason.get());
		}
		return failed;
	}

	private static FileOutcome failed(Path file, Exception e) {
		String why = e.getMessage() == null ? e.toString() : e.getMessage();
		// a driver's message may quote its SQL over several lines: the file keeps one
		// line
		return new FileOutcome(file, FileOutcome.Result.FAILED, why.strip().replaceAll("\\s*\\R\\s*", " "), null,
				List.of());
	}

}
