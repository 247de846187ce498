package org.joinedup.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging until Spring Boot sets up its own (logback-spring.xml): warnings and errors,
 * one line each, on standard error. It replaces Logback's fallback, which writes
 * everything to standard output, where a start that fails early (a bad setting) would
 * otherwise put Spring Boot's failure report among a command's own lines.
 */
@ConfiguratorRank(ConfiguratorRank.FALLBACK + 5)
public class BeforeSpringLogging extends ContextAwareBase implements Configurator {

	@Override
	public ExecutionStatus configure(LoggerContext context) {
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%-5level %message%n");
		encoder.start();
		ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
		console.setContext(context);
		console.setName("console");
		console.setTarget("System.err");
		console.setEncoder(encoder);
		console.start();
		ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.WARN);
		root.addAppender(console);
		return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
	}

}
