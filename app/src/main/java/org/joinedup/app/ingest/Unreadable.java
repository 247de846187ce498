package org.joinedup.app.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.finding.Finding;

/**
 * The outcome for a file or folder that cannot be read at all (no permission, gone since
 * the inbox was listed, a failing disk): FAILED, with the reason and what to do, and no
 * stack trace. Nothing is recorded, so the file is tried again on the next run.
 */
final class Unreadable {

	static final String FILE_UNREADABLE = "file-unreadable";

	static final String FOLDER_UNREADABLE = "folder-unreadable";

	static final String FILE_VANISHED = "file-vanished";

	private Unreadable() {
	}

	static FileOutcome folder(Path folder, IOException e) {
		String why = "The folder cannot be read (" + reason(e) + "): let the account that runs joinedup read it, and "
				+ "its files are taken on the next run";
		return outcome(folder, "folder cannot be read (" + reason(e) + "): nothing in it was ingested",
				FOLDER_UNREADABLE, why);
	}

	static FileOutcome file(Path file, IOException e) {
		if (e instanceof NoSuchFileException) {
			return outcome(file, "gone before it was read: nothing loaded", FILE_VANISHED,
					"The file was moved or deleted after the inbox was listed: if it comes back, it is taken on "
							+ "the next run");
		}
		return outcome(file, "cannot be read (" + reason(e) + "): nothing loaded", FILE_UNREADABLE,
				"The file cannot be read (" + reason(e) + "): let the account that runs joinedup read it, "
						+ "and it is taken on the next run");
	}

	private static FileOutcome outcome(Path path, String detail, String rule, String message) {
		Finding finding = Finding.fileError(String.valueOf(path.getFileName()), rule, message);
		return new FileOutcome(path, FileOutcome.Result.FAILED, detail, null, List.of(finding));
	}

	private static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

}
