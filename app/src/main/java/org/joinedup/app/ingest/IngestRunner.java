package org.joinedup.app.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.joinedup.app.batch.RunningExecutionAdvice;
import org.joinedup.ingest.registry.FileDigest;
import org.joinedup.transform.load.ReturnMappers;
import org.joinedup.transform.submission.SubmissionStore;
import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.warehouse.SubmissionStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Ingests files one job per file: the same bytes are never loaded twice, nor by two
 * processes at once, and one file's failure never stops the others.
 */
@Component
public class IngestRunner {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job ingestFileJob;

	private final SubmissionStore store;

	private final ReturnMappers returns;

	IngestRunner(JobOperator jobOperator, JobRepository jobRepository, Job ingestFileJob, SubmissionStore store,
			ReturnMappers returns) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.ingestFileJob = ingestFileJob;
		this.store = store;
		this.returns = returns;
	}

	public List<Path> files(List<Path> paths) {
		return Inbox.files(paths, returns);
	}

	public FileOutcome ingest(Path file) {
		try {
			String sha256 = FileDigest.sha256(file);
			Optional<FileOutcome> taken = takenElsewhere(file, sha256);
			if (taken.isPresent()) {
				return taken.get();
			}
			JobExecution execution;
			try {
				execution = jobOperator.start(ingestFileJob, parameters(file, sha256));
			}
			catch (Exception notStarted) {
				// another process may have started these bytes since they were looked up
				return takenElsewhere(file, sha256).orElseThrow(() -> notStarted);
			}
			return outcome(file, execution);
		}
		catch (Exception e) {
			return failed(file, e);
		}
	}

	/**
	 * The outcome when these bytes are someone else's: decided already (a duplicate), or
	 * being ingested by an execution that is marked running.
	 */
	private Optional<FileOutcome> takenElsewhere(Path file, String sha256) {
		Optional<SubmissionStatus> before = store.decidedStatusOf(sha256);
		if (before.isPresent()) {
			return Optional.of(new FileOutcome(file, FileOutcome.Result.DUPLICATE,
					"same bytes as a file received before (" + before.get().name().toLowerCase() + "): nothing loaded",
					null, List.of()));
		}
		JobExecution last = jobRepository.getLastJobExecution(IngestKeys.JOB, parameters(file, sha256));
		if (last == null || !last.getStatus().isRunning()) {
			return Optional.empty();
		}
		String detail = "not started: the same bytes are " + last.getStatus() + " in execution " + last.getId() + ". "
				+ RunningExecutionAdvice.of(last);
		return Optional.of(new FileOutcome(file, FileOutcome.Result.FAILED, detail, null, List.of()));
	}

	/**
	 * Ingests the same bytes again as a new job instance: a new submission, checked
	 * against the reference data of today, that supersedes the return's current
	 * submission when accepted.
	 */
	public JobExecution rerun(Path file, String sha256) throws Exception {
		JobParameters parameters = new JobParametersBuilder(parameters(file, sha256))
			.addString(IngestKeys.RERUN_AT, Instant.now().toString())
			.toJobParameters();
		return jobOperator.start(ingestFileJob, parameters);
	}

	private static JobParameters parameters(Path file, String sha256) {
		return new JobParametersBuilder().addString(IngestKeys.SHA256, sha256)
			.addString(IngestKeys.PATH, file.toString(), false)
			.addString(IngestKeys.NAME, file.getFileName().toString(), false)
			.toJobParameters();
	}

	private FileOutcome outcome(Path file, JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String why = execution.getAllFailureExceptions()
				.stream()
				.findFirst()
				.map(Throwable::toString)
				.orElse(execution.getExitStatus().getExitDescription());
			return new FileOutcome(file, FileOutcome.Result.FAILED,
					"ingest job execution " + execution.getId() + " " + execution.getStatus() + ": " + why
							+ " (once the cause is fixed: joinedup restart " + execution.getId()
							+ ", or the next ingest of the file resumes it)",
					null, List.of());
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

	private static String warnings(SubmissionSummary s) {
		return s.warningCount() == 0 ? "" : ", " + s.warningCount() + " warning(s)";
	}

	private static FileOutcome failed(Path file, Exception e) {
		String why = e.getMessage() == null ? e.toString() : e.getMessage();
		return new FileOutcome(file, FileOutcome.Result.FAILED, why, null, List.of());
	}

}
