package org.joinedup.app.logging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Logging's own errors (e.g. the log file's disk is full) as one line each on standard
 * error, and each only once, where Spring Boot would print each time with its stack
 * trace: swaps Boot's console status listener for this one once logging is set up.
 */
public class OneLineStatusListener extends OnConsoleStatusListener
		implements ApplicationListener<ApplicationPreparedEvent> {

	private final Set<String> printed = ConcurrentHashMap.newKeySet();

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext logging)) {
			return;
		}
		StatusManager statuses = logging.getStatusManager();
		for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
			if (listener instanceof OnConsoleStatusListener) {
				statuses.remove(listener);
			}
		}
		OneLineStatusListener oneLine = new OneLineStatusListener();
		oneLine.setContext(logging);
		oneLine.setResetResistant(true);
		// else start() reprints every status of the last 300 ms: the whole configuration
		// on a fast machine
		oneLine.setRetrospective(0);
		statuses.add(oneLine);
		oneLine.start();
	}

	@Override
	public void addStatusEvent(Status status) {
		if (isStarted() && status.getEffectiveLevel() >= Status.WARN) {
			Throwable cause = status.getThrowable();
			while (cause != null && cause.getCause() != null) {
				cause = cause.getCause();
			}
			String line = "logging: " + status.getMessage() + (cause == null ? "" : ": " + cause.getMessage());
			if (printed.add(line)) {
				System.err.println(line);
			}
		}
	}

}
