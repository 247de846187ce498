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
 * The packaged application ({@code target/joinedup.jar}, built before Maven's integration-test phase) run
 * as a separate JVM, as {@code ./joinedup} runs it, with its output in a file: never on a terminal.
 */
public final class JoinedupProcess implements AutoCloseable {

	private static final Path JAR = Path.of("target", "joinedup.jar").toAbsolutePath();

	private final Process process;

	private final Path output;

	private JoinedupProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/** Starts {@code joinedup ARGS} with its warehouse and reports under {@code home}, reading {@code inbox}. */
	public static JoinedupProcess start(Path home, Path inbox, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path output = Files.createTempFile(home, "process-", ".out");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.directory(home.toFile());
		builder.environment().putAll(Map.of("JOINEDUP_HOME", home.toString(), "JOINEDUP_INBOX", inbox.toString()));
		return new JoinedupProcess(builder.start(), output);
	}

	public String output() {
		try {
			return Files.readString(output);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Waits for the process to end, returning its exit code; fails the test when it takes longer than {@code limit}. */
	public int awaitExit(Duration limit) throws InterruptedException {
		if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("still running after " + limit + ":\n" + output());
		}
		return process.exitValue();
	}

	public void awaitOutput(String text, Duration limit) throws InterruptedException {
		await(() -> output().contains(text), limit, "'" + text + "' in the output:\n" + output());
	}

	/** Polls {@code done} until it holds; fails the test after {@code limit}. */
	public static void await(BooleanSupplier done, Duration limit, String what) throws InterruptedException {
		await(done, limit, Duration.ofMillis(250), what);
	}

	/** Polls {@code done} every {@code interval} until it holds; fails the test after {@code limit}. */
	public static void await(BooleanSupplier done, Duration limit, Duration interval, String what)
			throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + limit + " for " + what);
			}
			Thread.sleep(interval.toMillis());
		}
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Kills the process with SIGKILL (no shutdown hook runs, nothing is flushed) and waits for it to end. */
	public void kill(Duration limit) throws InterruptedException {
		process.destroyForcibly();
		awaitExit(limit);
	}

	/** Asks the process to stop as SIGTERM or Ctrl-C does, and waits for it to end. */
	public int stop(Duration limit) throws InterruptedException {
		process.destroy();
		return awaitExit(limit);
	}

	@Override
	public void close() {
		process.destroyForcibly();
	}
}
