package org.joinedup.app.batch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The job executions this process is running, so that a shutdown stops its own (each at its next chunk
 * boundary, leaving it restartable) and never another node's; and whether a stop was asked for, so no
 * further job is started.
 */
@Component
public class RunningExecutions implements JobExecutionListener {

	private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();

	private volatile boolean stopping;

	@Override
	public void beforeJob(JobExecution execution) {
		running.add(execution);
	}

	@Override
	public void afterJob(JobExecution execution) {
		running.remove(execution);
	}

	public boolean stopping() {
		return stopping;
	}

	/** Starts no further job and asks the running ones to stop after their current chunk commits. */
	public void stopAll(JobOperator jobOperator) {
		stopping = true;
		for (JobExecution execution : Set.copyOf(running)) {
			try {
				jobOperator.stop(execution);
			}
			catch (JobExecutionNotRunningException finishedMeanwhile) {
				// nothing left to stop
			}
		}
	}
}
