package org.joinedup.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh JOINEDUP_HOME (warehouse and reports) for one test class's application context,
 * with no quiet period: a test's files are complete when it ingests them.
 */
public final class TestHome {

	private TestHome() {
	}

	public static Path register(DynamicPropertyRegistry registry) {
		try {
			Path home = Files.createTempDirectory("joinedup-test-");
			registry.add("joinedup.home", home::toString);
			registry.add("joinedup.cli.enabled", () -> "false");
			// tests write the files they ingest just before: none of them is still
			// arriving
			registry.add("joinedup.ingest.quiet-period", () -> "0s");
			return home;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
