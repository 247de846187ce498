package org.joinedup.app.logging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.status.InfoStatus;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineStatusListenerTest {

	private final StatusManager statuses = ((LoggerContext) LoggerFactory.getILoggerFactory()).getStatusManager();

	private final ByteArrayOutputStream console = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalError;

	@BeforeEach
	void captureTheConsole() {
		this.originalOut = System.out;
		this.originalError = System.err;
		PrintStream capture = new PrintStream(this.console, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
	}

	@AfterEach
	void restoreTheConsole() {
		System.setOut(this.originalOut);
		System.setErr(this.originalError);
		for (StatusListener listener : this.statuses.getCopyOfStatusListenerList()) {
			if (listener instanceof OneLineStatusListener) {
				this.statuses.remove(listener);
			}
		}
	}

	@Test
	void theConfigurationJustLoggedIsNotReprintedWhenTheListenerStarts() {
		this.statuses.add(new InfoStatus("value \"WARN\" substituted for \"${CONSOLE_LOG_THRESHOLD}\"", this));

		new OneLineStatusListener().onApplicationEvent(null);

		assertThat(printed()).isEmpty();
	}

	@Test
	void anErrorIsOneLineWithItsDeepestCauseAndOnlyOnce() {
		new OneLineStatusListener().onApplicationEvent(null);
		Exception cause = new IllegalStateException("writing failed", new IOException("No space left on device"));

		this.statuses.add(new ErrorStatus("IO failure in appender", this, cause));
		this.statuses.add(new ErrorStatus("IO failure in appender", this, cause));

		assertThat(printed()).isEqualTo("logging: IO failure in appender: No space left on device\n");
	}

	private String printed() {
		return this.console.toString(StandardCharsets.UTF_8);
	}

}
