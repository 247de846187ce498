package org.joinedup.app.batch;

import org.springframework.batch.core.job.JobExecution;

/**
 * What to do about a job execution marked running, told by the process it records: wait
 * while that process runs; recover and restart the execution once it has ended.
 */
public final class RunningExecutionAdvice {

	private RunningExecutionAdvice() {
	}

	public static String of(JobExecution execution) {
		long id = execution.getId();
		return ProcessStamp.readFrom(execution.getExecutionContext()).map(process -> switch (process.liveness()) {
			case RUNNING -> "It is running now in " + process + ": wait for it to end.";
			case ENDED -> "It was left so by " + process + ", which has ended: " + recoverAndRestart(id, "");
			case ELSEWHERE -> "It runs in " + process + ", which cannot be checked from here; once that process "
					+ "has ended: " + recoverAndRestart(id, " --force");
		}).orElse("Its process is not recorded: if no joinedup process runs it any more, " + recoverAndRestart(id, ""));
	}

	private static String recoverAndRestart(long id, String recoverOption) {
		return "'joinedup recover " + id + recoverOption + "', then 'joinedup restart " + id + "'.";
	}

}
