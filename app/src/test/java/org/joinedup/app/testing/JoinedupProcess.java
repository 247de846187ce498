package org.joinedup.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The packaged application (extracted to {@code target/joinedup} with its class-data
 * sharing archive before Maven's integration-test phase) run as a separate JVM, as
 * {@code ./joinedup} runs it, with its output in a file: never on a terminal.
 */
public final class JoinedupProcess implements AutoCloseable {

	private static final Path APPLICATION = Path.of("target", "joinedup").toAbsolutePath();

	private static final List<String> CLASS_DATA_SHARING = List.of(
			"-XX:SharedArchiveFile=" + APPLICATION.resolve("joinedup.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
			"-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

	private final Process process;

	private final Path output;

	private final String command;

	private JoinedupProcess(Process process, Path output, String command) {
		this.process = process;
		this.output = output;
		this.command = command;
	}

	/**
	 * Starts {@code joinedup ARGS} with its warehouse and reports under {@code home},
	 * reading {@code inbox}, with no quiet period (a test's files are complete).
	 */
	public static JoinedupProcess start(Path home, Path inbox, String... args) throws IOException {
		return start(home, inbox, List.of(), args);
	}

	/**
	 * As {@link #start(Path, Path, String...)}, with options for the JVM
	 * ({@code -Xmx256m}).
	 */
	public static JoinedupProcess start(Path home, Path inbox, List<String> jvmOptions, String... args)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
		command.addAll(CLASS_DATA_SHARING);
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", APPLICATION.resolve("joinedup.jar").toString()));
		command.addAll(List.of(args));
		Path output = Files.createTempFile(home, "process-", ".out");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.directory(home.toFile());
		builder.environment()
			.putAll(Map.of("JOINEDUP_HOME", home.toString(), "JOINEDUP_INBOX", inbox.toString(),
					"JOINEDUP_INGEST_QUIETPERIOD", "0s",
					// a process that serves the console (serve) takes a free port: tests
					// run
					// side by side, and 8080 may be anyone's
					"JOINEDUP_CONSOLE_PORT", "0"));
		return new JoinedupProcess(builder.start(), output, "'joinedup " + String.join(" ", args) + "'");
	}

	public String output() {
		try {
			return Files.readString(output);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The command line and its output so far, for a failure message. */
	public String outputSoFar() {
		String output = output();
		return "output of " + command + " so far:" + (output.isEmpty() ? " none" : "\n" + output);
	}

	/**
	 * Waits for the process to end and returns its exit code; fails the test past
	 * {@link Patience#limit()}.
	 */
	public int awaitExit() throws InterruptedException {
		if (!process.waitFor(Patience.limit().toMillis(), TimeUnit.MILLISECONDS)) {
			throw Patience.timedOut(command + " to exit", outputSoFar());
		}
		return process.exitValue();
	}

	public void awaitOutput(String text) throws InterruptedException {
		await("'" + text + "' in the output", () -> output().contains(text));
	}

	/**
	 * Polls {@code done} until it holds; fails the test past {@link Patience#limit()},
	 * showing the output so far.
	 */
	public void await(String what, BooleanSupplier done) throws InterruptedException {
		Patience.await(what, done, this::outputSoFar);
	}

	/** As {@link #await(String, BooleanSupplier)}, polling every {@code interval}. */
	public void await(String what, BooleanSupplier done, Duration interval) throws InterruptedException {
		Patience.await(what, done, interval, this::outputSoFar);
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/**
	 * Kills the process with SIGKILL (no shutdown hook runs, nothing is flushed) and
	 * waits for it to end.
	 */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		awaitExit();
	}

	/** Asks the process to stop as SIGTERM or Ctrl-C does, and waits for it to end. */
	public int stop() throws InterruptedException {
		process.destroy();
		return awaitExit();
	}

	@Override
	public void close() {
		process.destroyForcibly();
	}

}
