package org.joinedup.app.console.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The inbox folder uploads are kept in. A file keeps the last segment of the name its
 * sender gave it, made safe; a name already taken gets {@code -2}, {@code -3}... before
 * its extension. Each file is created anew, so an upload never overwrites one, even when
 * two arrive at once.
 */
final class UploadFolder {

	private static final int LONGEST_NAME = 150;

	private final Path folder;

	UploadFolder(Path folder) {
		this.folder = folder;
	}

	/**
	 * The last segment of the sender's name (browsers may send a whole path, with either
	 * separator), without control characters or leading dots (no hidden file, no
	 * {@code ..}).
	 */
	static String safeName(String sent) {
		String name = sent == null ? "" : sent;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip().replaceFirst("^\\.+", "").strip();
		if (name.isEmpty()) {
			return "upload";
		}
		return name.length() <= LONGEST_NAME ? name : name.substring(name.length() - LONGEST_NAME);
	}

	/** Copies {@code content} into a new file named after {@code name}. */
	Path store(String name, Path content) throws IOException {
		Files.createDirectories(folder);
		for (int n = 1;; n++) {
			Path target = folder.resolve(numbered(name, n));
			if (!folder.equals(target.getParent())) {
				throw new IllegalArgumentException("Not a plain file name: " + name);
			}
			try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				copy(content, out, target);
				return target;
			}
			catch (FileAlreadyExistsException taken) {
				// the next number
			}
		}
	}

	private static void copy(Path content, OutputStream out, Path target) throws IOException {
		try {
			Files.copy(content, out);
		}
		catch (IOException e) {
			Files.deleteIfExists(target);
			throw e;
		}
	}

	private static String numbered(String name, int n) {
		if (n == 1) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
	}

}
