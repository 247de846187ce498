package org.joinedup.app.testing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * How long a test waits for what it expects (a line of output, a row count, a process's
 * exit) before it fails. Every wait returns as soon as its condition holds, so the limit
 * costs nothing while things work: it is generous, for a shared and heavily loaded
 * machine, and scaled by the system property {@value #PROPERTY}, a multiplier
 * ({@code -Djoinedup.test.patience=3} waits three times as long).
 */
public final class Patience {

	public static final String PROPERTY = "joinedup.test.patience";

	private static final Duration UNSCALED = Duration.ofMinutes(5);

	private static final Duration POLL = Duration.ofMillis(250);

	private Patience() {
	}

	/** The longest any one wait lasts. */
	public static Duration limit() {
		String multiplier = System.getProperty(PROPERTY, "1");
		double factor = Double.parseDouble(multiplier);
		if (!(factor > 0)) {
			throw new IllegalArgumentException(PROPERTY + " is a multiplier above 0, not " + multiplier);
		}
		return Duration.ofMillis(Math.round(UNSCALED.toMillis() * factor));
	}

	/**
	 * Polls {@code done} until it holds; past the limit, fails saying what was awaited
	 * and what {@code soFar} shows.
	 */
	public static void await(String what, BooleanSupplier done, Supplier<String> soFar) throws InterruptedException {
		await(what, done, POLL, soFar);
	}

	/**
	 * As {@link #await(String, BooleanSupplier, Supplier)}, polling every
	 * {@code interval}.
	 */
	public static void await(String what, BooleanSupplier done, Duration interval, Supplier<String> soFar)
			throws InterruptedException {
		Duration limit = limit();
		long deadline = System.nanoTime() + limit.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				throw timedOut(what, soFar.get());
			}
			Thread.sleep(interval.toMillis());
		}
	}

	public static void await(String what, CountDownLatch latch) throws InterruptedException {
		if (!latch.await(limit().toMillis(), TimeUnit.MILLISECONDS)) {
			throw timedOut(what, "");
		}
	}

	public static <T> T get(String what, Future<T> future) throws InterruptedException, ExecutionException {
		try {
			return future.get(limit().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			throw timedOut(what, "");
		}
	}

	/**
	 * The failure of a wait past the limit: what was awaited, how to wait longer, and
	 * {@code soFar} if any.
	 */
	public static AssertionError timedOut(String what, String soFar) {
		return new AssertionError("Waited " + limit() + " for " + what + " (-D" + PROPERTY + "=N waits N times as long)"
				+ (soFar.isEmpty() ? "" : "\n" + soFar));
	}

}
