package org.joinedup.app.testing;

import java.nio.file.Path;

/**
 * The committed sample files, seen from the app module's directory (where Maven runs its
 * tests).
 */
public final class Samples {

	public static final Path ROOT = Path.of("..", "samples").toAbsolutePath().normalize();

	public static final Path INBOX = ROOT.resolve("inbox");

	public static final Path AREAS = INBOX.resolve("reference").resolve("areas.csv");

	public static final Path PROVIDERS = INBOX.resolve("reference").resolve("providers.csv");

	public static final Path REJECTS = ROOT.resolve("rejects");

	public static final Path EXPECTED = ROOT.resolve("expected");

	private Samples() {
	}

}
