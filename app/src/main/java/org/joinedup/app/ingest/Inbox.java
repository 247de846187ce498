package org.joinedup.app.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.joinedup.transform.load.ReturnMappers;

/**
 * The files to ingest under the given paths, in receipt order: reference data first (so
 * returns in the same run are checked against it), then by full path; reference data is
 * told by the reference types' own detectors, which open no workbook. Hidden files, and
 * notes kept beside the returns (a folder's README or SOURCES as Markdown), are passed
 * over.
 */
final class Inbox {

	private Inbox() {
	}

	static List<Path> files(List<Path> paths, ReturnMappers returns) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new IllegalArgumentException("No such file or folder: " + path);
			}
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(Files::isRegularFile).filter(f -> !isHidden(path, f) && !isNotes(f)).forEach(files::add);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		Map<Path, Boolean> reference = files.stream()
			.map(Path::toAbsolutePath)
			.map(Path::normalize)
			.distinct()
			.collect(Collectors.toMap(Function.identity(), file -> isReference(file, returns)));
		return reference.keySet()
			.stream()
			.sorted(Comparator.comparing((Path f) -> !reference.get(f)).thenComparing(Path::toString))
			.toList();
	}

	private static boolean isNotes(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
	}

	private static boolean isHidden(Path root, Path file) {
		for (Path part : root.relativize(file)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isReference(Path file, ReturnMappers returns) {
		try {
			return returns.isReferenceData(file);
		}
		catch (IOException unreadable) {
			return false; // its own ingest will say why it cannot be read
		}
	}

}
