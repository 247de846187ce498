package org.joinedup.app.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.joinedup.transform.load.ReturnMappers;

/**
 * The files to ingest under the given paths, in receipt order: reference data first (so
 * returns in the same run are checked against it), then by full path; reference data is
 * told by the reference types' own detectors, which open no workbook. Hidden files, and
 * notes kept beside the returns (a folder's README or SOURCES as Markdown), are passed
 * over. A folder or file that cannot be looked into is listed with its reason, and the
 * rest are still found.
 */
public final class Inbox {

	/**
	 * The files found, the first {@code references} of them reference data, and an
	 * outcome for each folder or file that could not be read.
	 */
	public record Listing(List<Path> files, int references, List<FileOutcome> unreadable) {
	}

	private Inbox() {
	}

	static Listing list(List<Path> paths, ReturnMappers returns) {
		Walk walk = new Walk();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new IllegalArgumentException("No such file or folder: " + path);
			}
			try {
				Files.walkFileTree(path, walk);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e); // the walk reports every failure
													// itself
			}
		}
		Map<Path, Boolean> reference = walk.files.stream()
			.map(Path::toAbsolutePath)
			.map(Path::normalize)
			.distinct()
			.collect(Collectors.toMap(Function.identity(), file -> isReference(file, returns)));
		List<Path> files = reference.keySet()
			.stream()
			.sorted(Comparator.comparing((Path f) -> !reference.get(f)).thenComparing(Path::toString))
			.toList();
		return new Listing(files, (int) reference.values().stream().filter(Boolean::booleanValue).count(),
				walk.unreadable());
	}

	/**
	 * Collects the regular files (a link to one too), going on past what it cannot read.
	 */
	static final class Walk extends SimpleFileVisitor<Path> {

		private final List<Path> files = new ArrayList<>();

		private final List<FileOutcome> unreadable = new ArrayList<>();

		private int depth;

		@Override
		public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
			if (depth > 0 && isHidden(dir)) {
				return FileVisitResult.SKIP_SUBTREE;
			}
			depth++;
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
			if ((depth == 0 || !isHidden(file)) && !isNotes(file) && Files.isRegularFile(file)) {
				files.add(file);
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFileFailed(Path path, IOException e) {
			if (depth == 0 || !isHidden(path)) {
				unreadable.add(Files.isDirectory(path) ? Unreadable.folder(path, e) : Unreadable.file(path, e));
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult postVisitDirectory(Path dir, IOException e) {
			depth--;
			if (e != null) {
				unreadable.add(Unreadable.folder(dir, e));
			}
			return FileVisitResult.CONTINUE;
		}

		List<FileOutcome> unreadable() {
			return unreadable;
		}

	}

	private static boolean isNotes(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
	}

	private static boolean isHidden(Path path) {
		return path.getFileName().toString().startsWith(".");
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
