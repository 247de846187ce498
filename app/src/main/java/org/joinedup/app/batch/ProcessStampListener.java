package org.joinedup.app.batch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Records which process runs each job execution, saved at once so that it is known if the
 * process dies.
 */
@Component
public class ProcessStampListener implements JobExecutionListener {

	private final JobRepository jobRepository;

	ProcessStampListener(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		ProcessStamp.current().writeTo(jobExecution.getExecutionContext());
		jobRepository.updateExecutionContext(jobExecution);
	}

}
