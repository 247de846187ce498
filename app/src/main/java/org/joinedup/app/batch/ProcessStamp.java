package org.joinedup.app.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The process that runs a job execution: its host, PID and start time, kept in the
 * execution's context so that an execution left STARTED can be told apart from one that
 * is still running. The start time guards against a PID reused by a later process.
 */
public record ProcessStamp(String host, long pid, String processStart) {

	private static final String HOST = "process.host";

	private static final String PID = "process.pid";

	private static final String STARTED = "process.started";

	public static ProcessStamp current() {
		ProcessHandle self = ProcessHandle.current();
		return new ProcessStamp(thisHost(), self.pid(), startOf(self));
	}

	public static Optional<ProcessStamp> readFrom(ExecutionContext context) {
		if (!context.containsKey(PID)) {
			return Optional.empty();
		}
		return Optional
			.of(new ProcessStamp(context.getString(HOST), context.getLong(PID), context.getString(STARTED, "")));
	}

	public void writeTo(ExecutionContext context) {
		context.putString(HOST, host);
		context.putLong(PID, pid);
		context.putString(STARTED, processStart);
	}

	/**
	 * Whether the process runs, has ended, or runs on another host and cannot be checked.
	 */
	public enum Liveness {

		RUNNING, ENDED, ELSEWHERE

	}

	public Liveness liveness() {
		if (!host.equals(thisHost())) {
			return Liveness.ELSEWHERE;
		}
		return isAlive() ? Liveness.RUNNING : Liveness.ENDED;
	}

	private boolean isAlive() {
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> processStart.isEmpty() || startOf(p).isEmpty() || startOf(p).equals(processStart))
			.isPresent();
	}

	@Override
	public String toString() {
		return "process " + pid + " on " + host;
	}

	private static String startOf(ProcessHandle process) {
		return process.info().startInstant().map(Instant::toString).orElse("");
	}

	private static String thisHost() {
		try {
			return Objects.requireNonNullElse(InetAddress.getLocalHost().getHostName(), "localhost");
		}
		catch (UnknownHostException e) {
			return "localhost";
		}
	}
}
