package org.joinedup.app.ops;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The job executions recorded in the job repository, newest first. */
@Component
public class JobHistory {

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	JobHistory(JobRepository jobRepository, JdbcTemplate jdbc) {
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
	}

	/** The latest executions of every job, of one status or all ({@code status} null). */
	public List<JobExecution> recent(BatchStatus status, int limit) {
		// The repository finds executions by job instance only; their ids, across jobs,
		// come from its table.
		List<Long> ids = jdbc.queryForList("""
				SELECT job_execution_id FROM batch_job_execution
				WHERE CAST(? AS VARCHAR(10)) IS NULL OR status = ?
				ORDER BY job_execution_id DESC FETCH FIRST ? ROWS ONLY""", Long.class,
				status == null ? null : status.name(), status == null ? null : status.name(), limit);
		return ids.stream().map(jobRepository::getJobExecution).toList();
	}

	public JobExecution get(long id) {
		JobExecution execution;
		try {
			execution = jobRepository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException unknown) {
			execution = null;
		}
		if (execution == null) {
			throw new OpsException("There is no job execution " + id + ": 'joinedup jobs' lists them.");
		}
		return execution;
	}

	/** The execution that ran the same job instance after this one, if any. */
	public JobExecution latestOfItsInstance(JobExecution execution) {
		return jobRepository.getLastJobExecution(execution.getJobInstance());
	}

	/** Every execution of the job, oldest first. */
	public List<JobExecution> allOf(String jobName) {
		return jobRepository.findJobInstances(jobName)
			.stream()
			.flatMap(instance -> jobRepository.getJobExecutions(instance).stream())
			.sorted((a, b) -> Long.compare(a.getId(), b.getId()))
			.toList();
	}

}
