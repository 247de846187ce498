package org.joinedup.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps off the console what a job's machinery logs when a job fails (Spring Batch, the
 * transactions around its chunks): the command already prints a line for that file or
 * report with the reason, and the log file has the whole story.
 */
public class ConsoleNoise extends Filter<ILoggingEvent> {

	@Override
	public FilterReply decide(ILoggingEvent event) {
		String logger = event.getLoggerName();
		return logger.startsWith("org.springframework.batch.") || logger.startsWith("org.springframework.transaction.")
				? FilterReply.DENY : FilterReply.NEUTRAL;
	}

}
