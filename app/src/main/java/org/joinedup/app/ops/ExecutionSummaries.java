package org.joinedup.app.ops;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.joinedup.app.ingest.IngestKeys;
import org.joinedup.app.ops.ExecutionSummary.Touched;
import org.joinedup.app.report.ReportKeys;
import org.joinedup.transform.submission.SubmissionStore;
import org.joinedup.transform.submission.SubmissionSummary;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Reads a job execution of either job (ingest or report) as an {@link ExecutionSummary}.
 */
@Component
public class ExecutionSummaries {

	private final SubmissionStore submissions;

	ExecutionSummaries(SubmissionStore submissions) {
		this.submissions = submissions;
	}

	public ExecutionSummary of(JobExecution e) {
		List<Touched> touched = new ArrayList<>();
		String outcome = switch (e.getJobInstance().getJobName()) {
			case IngestKeys.JOB -> ingestOutcome(e, touched);
			case ReportKeys.JOB -> reportOutcome(e, touched);
			default -> "";
		};
		List<StepExecution> steps = List.copyOf(e.getStepExecutions());
		return new ExecutionSummary(e.getId(), e.getJobInstance().getJobName(), subject(e), e.getStatus(),
				e.getStartTime(), duration(e), steps.stream().mapToLong(StepExecution::getReadCount).sum(),
				steps.stream().mapToLong(StepExecution::getWriteCount).sum(),
				steps.stream().mapToLong(StepExecution::getSkipCount).sum(), outcome, touched);
	}

	private static String subject(JobExecution e) {
		JobParameters p = e.getJobParameters();
		String subject = Objects.requireNonNullElse(p.getString(IngestKeys.NAME), p.getString(ReportKeys.QUARTER));
		return subject == null ? "" : subject;
	}

	private String ingestOutcome(JobExecution e, List<Touched> touched) {
		JobParameters p = e.getJobParameters();
		touched.add(
				new Touched("file", p.getString(IngestKeys.PATH) + " (sha256 " + p.getString(IngestKeys.SHA256) + ")"));
		ExecutionContext context = e.getExecutionContext();
		if (!context.containsKey(IngestKeys.SUBMISSION_ID)) {
			return "";
		}
		long submissionId = context.getLong(IngestKeys.SUBMISSION_ID);
		SubmissionSummary s = submissions.find(submissionId).orElse(null);
		if (s == null) {
			touched.add(new Touched("submission", "#" + submissionId + ", rolled back with the failure"));
			return "";
		}
		touched.add(new Touched("submission", "#" + s.id() + " " + s.subject() + ": " + s.status() + ", " + s.rowCount()
				+ " rows, " + s.errorCount() + " error(s), " + s.warningCount() + " warning(s)"));
		if (context.containsKey(IngestKeys.SUPERSEDES)) {
			touched.add(new Touched("superseded", "#" + context.getLong(IngestKeys.SUPERSEDES)));
		}
		return s.status().name();
	}

	private static String reportOutcome(JobExecution e, List<Touched> touched) {
		ExecutionContext context = e.getExecutionContext();
		if (!context.containsKey(ReportKeys.REPORT_PATH)) {
			return "";
		}
		String workbook = context.getString(ReportKeys.REPORT_PATH);
		touched.add(new Touched("workbook", workbook));
		return "WRITTEN";
	}

	private static Duration duration(JobExecution e) {
		if (e.getStartTime() == null) {
			return null;
		}
		LocalDateTime end = e.getEndTime() != null ? e.getEndTime() : LocalDateTime.now();
		return Duration.between(e.getStartTime(), end);
	}

}
