package org.joinedup.app.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * {@code %cause}: an event's exception as one line, its deepest cause's message (e.g.
 * {@code : No space left on device}), where a console has no room for a stack trace; the
 * log file keeps the whole trace.
 */
public class CauseConverter extends ThrowableHandlingConverter {

	@Override
	public String convert(ILoggingEvent event) {
		IThrowableProxy cause = event.getThrowableProxy();
		if (cause == null) {
			return "";
		}
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClassName() : cause.getMessage();
		return ": " + message.replaceAll("\\s*\\R\\s*", " ");
	}

}
