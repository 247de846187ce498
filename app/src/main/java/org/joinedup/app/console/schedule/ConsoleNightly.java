package org.joinedup.app.console.schedule;

import java.io.PrintWriter;
import java.io.Writer;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.joinedup.app.console.audit.AuditLog;
import org.joinedup.app.nightly.NightlyGuard;
import org.joinedup.app.nightly.NightlyService;
import org.joinedup.app.nightly.NightlySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly when an admin asks, on a thread of its own, recorded in the audit log
 * when asked for and when it ends. Whether another nightly holds the lock is asked at
 * once, so that the page can say so plainly; the run itself meets the same lock, so one
 * that starts in between is refused there (and audited so).
 */
@Component
@ConditionalOnWebApplication
class ConsoleNightly implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ConsoleNightly.class);

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "console-nightly"));

	private final NightlyService nightly;

	private final NightlyGuard guard;

	private final AuditLog audit;

	ConsoleNightly(NightlyService nightly, NightlyGuard guard, AuditLog audit) {
		this.nightly = nightly;
		this.guard = guard;
		this.audit = audit;
	}

	/**
	 * Starts the nightly unless another holds the lock; returns what to tell the admin.
	 */
	String runNow(String username) throws SQLException {
		Optional<NightlyGuard.Hold> free = guard.tryAcquire();
		if (free.isEmpty()) {
			audit.record(username, "RUN_NIGHTLY", "nightly", null, NightlyService.REFUSED);
			return NightlyService.REFUSED;
		}
		free.get().close();
		audit.record(username, "RUN_NIGHTLY", "nightly", null, "requested");
		runner.submit(() -> run(username));
		return "Nightly started: its progress is shown below.";
	}

	private void run(String username) {
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
	}

	@Override
	public void destroy() {
		runner.shutdown();
	}

}
