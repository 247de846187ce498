package org.joinedup.app.ingest;

import org.joinedup.transform.submission.SubmissionStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Makes the loaded return current, superseding the previous one for the same key, in one
 * transaction.
 */
class PublishTasklet implements Tasklet {

	private final SubmissionStore store;

	PublishTasklet(SubmissionStore store) {
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
		store.accept(job.getLong(IngestKeys.SUBMISSION_ID))
			.ifPresent(previous -> job.putLong(IngestKeys.SUPERSEDES, previous));
		return RepeatStatus.FINISHED;
	}

}
