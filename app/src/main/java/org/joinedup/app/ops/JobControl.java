package org.joinedup.app.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.joinedup.app.batch.ProcessStamp;
import org.joinedup.app.batch.ProcessStamp.Liveness;
import org.joinedup.app.batch.RunningExecutionAdvice;
import org.joinedup.app.ingest.IngestKeys;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.report.ReportKeys;
import org.joinedup.app.report.ReportRunner;
import org.joinedup.ingest.registry.FileDigest;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Restart, stop, abandon, rerun and recover job executions, refusing (with the reason)
 * when the execution's state does not allow it.
 */
@Component
public class JobControl {

	private final JobOperator jobOperator;

	private final JobHistory history;

	private final IngestRunner ingest;

	private final ReportRunner reports;

	JobControl(JobOperator jobOperator, JobHistory history, IngestRunner ingest, ReportRunner reports) {
		this.jobOperator = jobOperator;
		this.history = history;
		this.reports = reports;
		this.ingest = ingest;
	}

	/**
	 * Resumes a FAILED or STOPPED execution where it stopped: completed steps and
	 * committed chunks are kept.
	 */
	public JobExecution restart(long id) throws Exception {
		resumable(id, "restarted");
		return history.get(jobOperator.restart(id));
	}

	/** Runs a COMPLETED job again on the same inputs, as a new job instance. */
	public JobExecution rerun(long id) throws Exception {
		JobExecution execution = history.get(id);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new OpsException("Execution " + id + " is " + execution.getStatus()
					+ ": only a COMPLETED execution is rerun. " + adviceFor(execution));
		}
		JobParameters p = execution.getJobParameters();
		return switch (execution.getJobInstance().getJobName()) {
			case IngestKeys.JOB -> rerunIngest(id, p);
			case ReportKeys.JOB -> reports.rerun(FinancialQuarter.parse(p.getString(ReportKeys.QUARTER)).orElseThrow(),
					Path.of(p.getString(ReportKeys.OUT_DIR)));
			default -> throw new OpsException("Execution " + id + " is of job "
					+ execution.getJobInstance().getJobName() + ", which joinedup does not know how to rerun.");
		};
	}

	/**
	 * Marks an execution left STARTED by a process that died as FAILED, so that it can be
	 * restarted. Refused when its process is alive, or cannot be checked from here
	 * (another host) unless {@code force}.
	 */
	public JobExecution recover(long id, boolean force) {
		JobExecution execution = history.get(id);
		if (!execution.getStatus().isRunning()) {
			throw new OpsException("Execution " + id + " is " + execution.getStatus()
					+ ", not left running: nothing to recover. " + adviceFor(execution));
		}
		ProcessStamp.readFrom(execution.getExecutionContext()).ifPresent(process -> {
			Liveness liveness = process.liveness();
			if (liveness == Liveness.RUNNING) {
				throw new OpsException("Execution " + id + " is still running in " + process
						+ ": stop that process first (or let it finish).");
			}
			if (liveness == Liveness.ELSEWHERE && !force) {
				throw new OpsException("Execution " + id + " runs in " + process
						+ ", which cannot be checked from here:" + " run 'joinedup recover " + id + "' on "
						+ process.host() + ", or add --force once you know that process is gone.");
			}
		});
		return jobOperator.recover(execution);
	}

	/**
	 * Asks a running execution to stop once its current chunk commits (its process reads
	 * the request from the job repository); it ends STOPPED, restartable.
	 */
	public JobExecution stop(long id) throws Exception {
		JobExecution execution = history.get(id);
		if (!execution.getStatus().isRunning()) {
			throw new OpsException("Execution " + id + " is " + execution.getStatus() + ", not running: nothing to "
					+ "stop. " + adviceFor(execution));
		}
		jobOperator.stop(execution);
		return history.get(id);
	}

	/** Marks a FAILED or STOPPED execution ABANDONED: it will never be restarted. */
	public JobExecution abandon(long id) throws Exception {
		return jobOperator.abandon(resumable(id, "abandoned"));
	}

	/**
	 * The execution, if it is FAILED or STOPPED and not yet run again; else refused,
	 * saying it cannot be {@code done}.
	 */
	private JobExecution resumable(long id, String done) {
		JobExecution execution = history.get(id);
		BatchStatus status = execution.getStatus();
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
			throw new OpsException("Execution " + id + " is " + status + ": only a FAILED or STOPPED execution can be "
					+ done + ". " + adviceFor(execution));
		}
		refuseIfRunAgain(execution);
		return execution;
	}

	/**
	 * What the execution's state allows now, in the order an admin would consider them.
	 */
	public Set<Action> allowed(JobExecution execution) {
		Set<Action> allowed = EnumSet.noneOf(Action.class);
		switch (execution.getStatus()) {
			case FAILED, STOPPED -> {
				JobExecution latest = history.latestOfItsInstance(execution);
				if (latest == null || latest.getId() <= execution.getId()) {
					allowed.add(Action.RESTART);
					allowed.add(Action.ABANDON);
				}
			}
			case COMPLETED -> allowed.add(Action.RERUN);
			case STARTING, STARTED, STOPPING -> {
				boolean alive = ProcessStamp.readFrom(execution.getExecutionContext())
					.map(process -> process.liveness() != Liveness.ENDED)
					.orElse(true);
				allowed.add(alive ? Action.STOP : Action.RECOVER);
			}
			default -> {
			}
		}
		return allowed;
	}

	private JobExecution rerunIngest(long id, JobParameters p) throws Exception {
		Path file = Path.of(p.getString(IngestKeys.PATH));
		if (!Files.isRegularFile(file)) {
			throw new OpsException("Execution " + id + " ingested " + file + ", which is no longer there.");
		}
		String sha256 = p.getString(IngestKeys.SHA256);
		if (!FileDigest.sha256(file).equals(sha256)) {
			throw new OpsException("The file " + file + " has changed since execution " + id
					+ " read it: ingest it as a new file ('joinedup ingest " + file + "').");
		}
		return ingest.rerun(file, sha256);
	}

	private void refuseIfRunAgain(JobExecution execution) {
		JobExecution latest = history.latestOfItsInstance(execution);
		if (latest != null && latest.getId() > execution.getId()) {
			throw new OpsException("Execution " + execution.getId() + " was restarted already as execution "
					+ latest.getId() + " (" + latest.getStatus() + ")" + ": act on that one.");
		}
	}

	private static String adviceFor(JobExecution execution) {
		long id = execution.getId();
		return switch (execution.getStatus()) {
			case COMPLETED -> "To run it again on the same inputs: 'joinedup rerun " + id + "'.";
			case STARTING, STARTED, STOPPING -> RunningExecutionAdvice.of(execution);
			case FAILED, STOPPED -> "To resume it: 'joinedup restart " + id + "'.";
			default -> "It cannot be resumed.";
		};
	}

}
