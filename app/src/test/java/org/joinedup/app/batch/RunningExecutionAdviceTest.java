package org.joinedup.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * An execution marked running is recovered only once its process has ended: while it
 * runs, or while it is being started, the advice is to wait.
 */
class RunningExecutionAdviceTest {

	@Test
	void waitWhileItsProcessRuns() {
		JobExecution execution = execution(LocalDateTime.now());
		ProcessStamp.current().writeTo(execution.getExecutionContext());

		assertThat(RunningExecutionAdvice.of(execution))
			.contains("running now in process " + ProcessHandle.current().pid())
			.doesNotContain("recover");
	}

	@Test
	void recoverOnAnotherHostOnlyWithForceOnceItsProcessHasEnded() {
		JobExecution execution = execution(LocalDateTime.now());
		new ProcessStamp("another-host", 1, "").writeTo(execution.getExecutionContext());

		assertThat(RunningExecutionAdvice.of(execution)).contains("cannot be checked from here")
			.contains("'joinedup recover 7 --force', then 'joinedup restart 7'");
	}

	@Test
	void anExecutionNotRecordedYetIsBeingStartedButOneLongUnrecordedIsRecovered() {
		assertThat(RunningExecutionAdvice.of(execution(LocalDateTime.now()))).contains("being started")
			.doesNotContain("recover");
		assertThat(RunningExecutionAdvice.of(execution(LocalDateTime.now().minusHours(1)))).contains(
				"not recorded: once no joinedup process runs it, 'joinedup recover 7', then 'joinedup restart 7'");
	}

	private static JobExecution execution(LocalDateTime created) {
		JobExecution execution = new JobExecution(7, new JobInstance(3, "ingestFile"), new JobParameters());
		execution.setCreateTime(created);
		return execution;
	}

}
