package org.joinedup.app.batch;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;

/**
 * What to do about a job execution marked running, told by the process it records: wait
 * while that process runs; recover and restart the execution once it has ended.
 */
public final class RunningExecutionAdvice {

	/**
	 * A process records itself moments after it creates an execution; one unrecorded for
	 * longer was made by a process that died first (or by a joinedup that recorded none).
	 */
	public static final Duration RECORDED_WITHIN = Duration.ofMinutes(1);

	private RunningExecutionAdvice() {
	}

	public static String of(JobExecution execution) {
		long id = execution.getId();
		return ProcessStamp.readFrom(execution.getExecutionContext()).map(process -> switch (process.liveness()) {
			case RUNNING -> "It is running now in " + process + ": wait for it to end.";
			case ENDED -> "It was left so by " + process + ", which has ended: " + recoverAndRestart(id, "");
			case ELSEWHERE -> "It runs in " + process + ", which cannot be checked from here; once that process "
					+ "has ended: " + recoverAndRestart(id, " --force");
		})
			.orElseGet(() -> isJustCreated(execution) ? "It is being started by another process: wait for it to end."
					: "Its process is not recorded: once no joinedup process runs it, " + recoverAndRestart(id, ""));
	}

	public static boolean isJustCreated(JobExecution execution) {
		return execution.getCreateTime().isAfter(LocalDateTime.now().minus(RECORDED_WITHIN));
	}

	private static String recoverAndRestart(long id, String recoverOption) {
		return "'joinedup recover " + id + recoverOption + "', then 'joinedup restart " + id + "'.";
	}

}
