package org.joinedup.app.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.joinedup.ingest.detect.ReturnDetector;
import org.joinedup.ingest.detect.ReturnType;

/**
 * The files to ingest under the given paths, in receipt order: reference data first (so returns in the
 * same run are checked against it), then by full path. Hidden files are passed over.
 */
final class Inbox {

	private static final Set<ReturnType> REFERENCE_DATA = EnumSet.of(ReturnType.AREAS_REFERENCE,
			ReturnType.PROVIDERS_REFERENCE);

	private Inbox() {
	}

	static List<Path> files(List<Path> paths, ReturnDetector detector) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new IllegalArgumentException("No such file or folder: " + path);
			}
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(Files::isRegularFile).filter(f -> !isHidden(path, f)).forEach(files::add);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return files.stream()
			.map(Path::toAbsolutePath)
			.map(Path::normalize)
			.distinct()
			.sorted(Comparator.comparing((Path f) -> !isReference(f, detector)).thenComparing(Path::toString))
			.toList();
	}

	private static boolean isHidden(Path root, Path file) {
		for (Path part : root.relativize(file)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isReference(Path file, ReturnDetector detector) {
		try {
			return REFERENCE_DATA.contains(detector.detect(file));
		}
		catch (IOException unreadable) {
			return false; // its own ingest will say why it cannot be read
		}
	}
}
