package org.joinedup.report.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves a workbook so that its final path only ever holds a whole file: it is built and
 * written to a hidden temporary file beside the target ({@code .NAME.PID.random.tmp}),
 * forced to the disk, then moved into place atomically. A temporary file left by a
 * process that was killed while writing is deleted by the next save of the same target;
 * one whose process is still alive is left alone, as it may still be writing.
 */
public final class WorkbookFile {

	private static final SecureRandom RANDOM = new SecureRandom();

	private WorkbookFile() {
	}

	public static Path save(Path target, Supplier<XSSFWorkbook> build) {
		Path dir = target.toAbsolutePath().getParent();
		Path temp = null;
		try {
			Files.createDirectories(dir);
			deleteLeftovers(dir, tempPrefix(target));
			temp = createTemp(dir, tempPrefix(target) + ProcessHandle.current().pid() + ".");
			try (XSSFWorkbook workbook = build.get();
					FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				workbook.write(out);
				channel.force(true);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			forceToDisk(dir);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write " + target, e);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/**
	 * Puts the folder's new entry on the disk, so the moved file survives a power cut.
	 */
	private static void forceToDisk(Path dir) throws IOException {
		try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
			folder.force(true);
		}
	}

	/**
	 * A new file whose mode follows the umask, as the workbook's will: colleagues on a
	 * shared drive open it ({@code Files.createTempFile} would make it readable by its
	 * owner only).
	 */
	private static Path createTemp(Path dir, String prefix) throws IOException {
		while (true) {
			try {
				return Files.createFile(dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp"));
			}
			catch (FileAlreadyExistsException taken) {
				// another name
			}
		}
	}

	private static String tempPrefix(Path target) {
		return "." + target.getFileName() + ".";
	}

	private static void deleteLeftovers(Path dir, String prefix) throws IOException {
		try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, glob(prefix) + "*.tmp")) {
			for (Path temp : temps) {
				if (!writerIsAlive(temp.getFileName().toString().substring(prefix.length()))) {
					deleteQuietly(temp);
				}
			}
		}
	}

	private static String glob(String literal) {
		return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
	}

	/** {@code rest} is {@code PID.random.tmp}. */
	private static boolean writerIsAlive(String rest) {
		int dot = rest.indexOf('.');
		try {
			long pid = Long.parseLong(rest.substring(0, Math.max(dot, 0)));
			return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (NumberFormatException notOurs) {
			return true;
		}
	}

	private static void deleteQuietly(Path temp) {
		if (temp == null) {
			return;
		}
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ignored) {
			// hidden and named as temporary: the next save of the same workbook tries
			// again
		}
	}

}
