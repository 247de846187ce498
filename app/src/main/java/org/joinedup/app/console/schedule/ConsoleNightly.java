package org.joinedup.app.console.schedule;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.joinedup.app.console.audit.AuditLog;
import org.joinedup.app.nightly.NightlyService;
import org.joinedup.app.nightly.NightlySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly when an admin asks, on a thread of its own, recorded in the audit log
 * when asked for and when it ends. The page waits a moment for it: long enough to say
 * plainly that another nightly holds the lock, or to give a quick run's summary.
 */
@Component
@ConditionalOnWebApplication
class ConsoleNightly implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ConsoleNightly.class);

	private static final long WAIT_SECONDS = 2;

	/** A thread per request, so that a second request meets the nightly lock at once. */
	private final ExecutorService runner = Executors.newCachedThreadPool(r -> new Thread(r, "console-nightly"));

	private final NightlyService nightly;

	private final AuditLog audit;

	ConsoleNightly(NightlyService nightly, AuditLog audit) {
		this.nightly = nightly;
		this.audit = audit;
	}

	/** Starts the nightly; returns what to tell the admin. */
	String runNow(String username) {
		audit.record(username, "RUN_NIGHTLY", "nightly", null, "requested");
		Future<String> outcome = runner.submit(() -> run(username));
		try {
			return outcome.get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException stillRunning) {
			return "Nightly started: its progress is shown below.";
		}
		catch (ExecutionException | InterruptedException e) {
			return "Nightly failed: " + e.getMessage();
		}
	}

	private String run(String username) {
		String outcome;
		try {
			Optional<NightlySummary> summary = nightly.run(new PrintWriter(Writer.nullWriter()));
			outcome = summary.map(NightlySummary::line).orElse(NightlyService.REFUSED);
		}
		catch (Exception e) {
			log.error("The nightly run from the console failed", e);
			outcome = "Nightly failed: " + e;
		}
		audit.record(username, "RUN_NIGHTLY", "nightly", null, outcome);
		return outcome;
	}

	@Override
	public void destroy() {
		runner.shutdown();
	}

}
