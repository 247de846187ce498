package org.joinedup.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.joinedup.app.JoinedupProperties.ReadAhead;
import org.joinedup.app.testing.Patience;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.ReturnMappers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

/**
 * Which files are read ahead, and when what was read ahead may stand for reading the file
 * in turn.
 */
class ReadingAheadTest {

	@TempDir
	Path dir;

	private final ReturnMappers mappers = mock(ReturnMappers.class);

	private final ReadingAhead ahead = new ReadingAhead(mappers, new ReadAhead(2, DataSize.ofKilobytes(1)));

	private List<Path> files;

	@BeforeEach
	void inbox() throws IOException {
		files = List.of(file("areas.csv", 10), file("a.xlsx", 10), file("b.xlsx", 10), file("c.xlsx", 10),
				file("d.xlsx", 10));
	}

	@AfterEach
	void stop() {
		ahead.destroy();
	}

	@Test
	void readsAsManyOfTheNextFilesAsItMayAndHandsEachOverOnce() throws Exception {
		MappedReturn read = mappedAs(files.get(2));

		ahead.readAfter(listing(), 1);

		verify(mappers, timeout(Patience.limit().toMillis())).map(files.get(3), "c.xlsx");
		verify(mappers, never()).map(eq(files.get(4)), anyString());
		assertThat(ahead.take(files.get(2), FileStamp.of(files.get(2)))).containsSame(read);
		assertThat(ahead.take(files.get(2), FileStamp.of(files.get(2)))).isEmpty();
	}

	/** Returns are checked against the reference data being loaded. */
	@Test
	void readsNothingAheadWhileReferenceDataIsLoaded() throws Exception {
		ahead.readAfter(listing(), 0);

		assertThat(ahead.take(files.get(1), FileStamp.of(files.get(1)))).isEmpty();
		verify(mappers, never()).map(any(), anyString());
	}

	@Test
	void aFileChangedSinceItWasReadIsReadAgainInTurn() throws Exception {
		mappedAs(files.get(2));
		ahead.readAfter(listing(), 1);
		verify(mappers, timeout(Patience.limit().toMillis())).map(files.get(2), "b.xlsx");

		Files.setLastModifiedTime(files.get(2), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

		assertThat(ahead.take(files.get(2), FileStamp.of(files.get(2)))).isEmpty();
	}

	/** Its failure is met, and reported, when it is read in turn. */
	@Test
	void aFileWhoseReadingFailedIsReadAgainInTurn() throws Exception {
		when(mappers.map(files.get(2), "b.xlsx")).thenThrow(new IOException("gone"));

		ahead.readAfter(listing(), 1);

		assertThat(ahead.take(files.get(2), FileStamp.of(files.get(2)))).isEmpty();
	}

	/** Two large files' facts are never held at once. */
	@Test
	void aLargeFileIsReadOnlyInItsTurn() throws Exception {
		Path large = file("large.csv", 2048);

		ahead.readAfter(new Inbox.Listing(List.of(files.get(1), large), 0, List.of()), 0);

		assertThat(ahead.take(large, FileStamp.of(large))).isEmpty();
		verify(mappers, never()).map(eq(large), anyString());
	}

	@Test
	void aFileForgottenIsNotHandedOver() throws Exception {
		mappedAs(files.get(2));
		ahead.readAfter(listing(), 1);

		ahead.forget(files.get(2));

		assertThat(ahead.take(files.get(2), FileStamp.of(files.get(2)))).isEmpty();
	}

	/** The inbox: the areas reference first, then four returns. */
	private Inbox.Listing listing() {
		return new Inbox.Listing(files, 1, List.of());
	}

	private MappedReturn mappedAs(Path file) throws IOException {
		MappedReturn read = new MappedReturn(null, List.of(), List.of());
		when(mappers.map(file, file.getFileName().toString())).thenReturn(read);
		return read;
	}

	private Path file(String name, int size) throws IOException {
		return Files.write(dir.resolve(name), new byte[size]);
	}

}
