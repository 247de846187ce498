package org.joinedup.report.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves a workbook so that its final path only ever holds a whole file: it is built and
 * written to a hidden temporary file beside the target ({@code .NAME.PID.random.tmp}),
 * then moved into place atomically. A temporary file left by a process that was killed
 * while writing is deleted by the next save of the same target; one whose process is
 * still alive is left alone, as it may still be writing.
 */
public final class WorkbookFile {

	private WorkbookFile() {
	}

	public static Path save(Path target, Supplier<XSSFWorkbook> build) {
		Path dir = target.toAbsolutePath().getParent();
		Path temp = null;
		try {
			Files.createDirectories(dir);
			deleteLeftovers(dir, tempPrefix(target));
			temp = Files.createTempFile(dir, tempPrefix(target) + ProcessHandle.current().pid() + ".", ".tmp");
			try (XSSFWorkbook workbook = build.get(); OutputStream out = Files.newOutputStream(temp)) {
				workbook.write(out);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write " + target, e);
		}
		finally {
			deleteQuietly(temp);
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
