package org.joinedup.transform.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The messy feed files under test resources {@code feeds/}. */
public final class Feeds {

	private Feeds() {
	}

	public static Path file(String name) {
		try {
			return Path.of(Feeds.class.getResource("/feeds/" + name).toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

}
