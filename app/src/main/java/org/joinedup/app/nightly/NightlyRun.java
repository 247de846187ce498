package org.joinedup.app.nightly;

import java.time.Instant;
import java.util.Optional;

import org.joinedup.app.batch.ProcessStamp;

/**
 * One nightly as {@code nightly_run} keeps it. {@code filesTotal} and {@code filesDone}
 * are null until its inbox is listed.
 */
public record NightlyRun(long id, String owner, Instant startedAt, Optional<Instant> finishedAt,
		Optional<String> summary, Integer filesTotal, Integer filesDone, Optional<String> currentFile) {

	/** Whether the run is still going, as far as this host can tell. */
	public boolean running() {
		return finishedAt.isEmpty() && ownerLiveness() != ProcessStamp.Liveness.ENDED;
	}

	/** Unfinished, and its process (on this host) has ended: killed or crashed. */
	public boolean interrupted() {
		return finishedAt.isEmpty() && ownerLiveness() == ProcessStamp.Liveness.ENDED;
	}

	/** The owner is the JVM's name, {@code pid@host}. */
	private ProcessStamp.Liveness ownerLiveness() {
		int at = owner.indexOf('@');
		try {
			return new ProcessStamp(owner.substring(at + 1), Long.parseLong(owner.substring(0, at)), "").liveness();
		}
		catch (RuntimeException notPidAtHost) {
			return ProcessStamp.Liveness.ELSEWHERE;
		}
	}

}
