package org.joinedup.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox walk going on past what it cannot read. Permissions deny nothing to root, as
 * the tests may run, so the failures the file system would give are handed to the walk
 * here; BadFilesFunctionalTest runs the real case when it can.
 */
class InboxTest {

	@TempDir
	Path folder;

	@Test
	void aFolderThatCannotBeOpenedIsListedWithItsReason() throws IOException {
		Path locked = Files.createDirectories(folder.resolve("locked"));
		Inbox.Walk walk = new Inbox.Walk();

		walk.visitFileFailed(locked, new AccessDeniedException(locked.toString()));

		assertThat(walk.unreadable()).singleElement().satisfies(outcome -> {
			assertThat(outcome.result()).isEqualTo(FileOutcome.Result.FAILED);
			assertThat(outcome.line(folder))
				.startsWith("FAILED      locked  folder cannot be read (permission denied): nothing in it was ingested")
				.contains("[folder-unreadable]");
		});
	}

	@Test
	void aFolderWhoseListingFailsPartWayIsListedWithItsReason() throws IOException {
		Path failing = Files.createDirectories(folder.resolve("failing"));
		Inbox.Walk walk = new Inbox.Walk();

		walk.preVisitDirectory(failing, null);
		walk.postVisitDirectory(failing, new FileSystemException(failing.toString(), null, "Input/output error"));

		assertThat(walk.unreadable()).singleElement()
			.satisfies(outcome -> assertThat(outcome.detail())
				.isEqualTo("folder cannot be read (Input/output error): nothing in it was ingested"));
	}

	@Test
	void aFileWhoseAttributesCannotBeReadIsListedWithItsReason() throws IOException {
		Path file = folder.resolve("return.csv");
		Inbox.Walk walk = new Inbox.Walk();

		walk.visitFileFailed(file, new AccessDeniedException(file.toString()));

		assertThat(walk.unreadable()).singleElement()
			.satisfies(outcome -> assertThat(outcome.line(folder))
				.startsWith("FAILED      return.csv  cannot be read (permission denied): nothing loaded")
				.contains("[file-unreadable]"));
	}

}
