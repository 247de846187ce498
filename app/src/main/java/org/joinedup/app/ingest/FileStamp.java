package org.joinedup.app.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A file's size and modification time. Taken before its bytes are digested and compared
 * after they are read, it tells a file that changed meanwhile (still being written),
 * whose digest would not be of the bytes loaded.
 */
record FileStamp(long size, Instant modified) {

	static FileStamp of(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		return new FileStamp(attributes.size(), attributes.lastModifiedTime().toInstant());
	}

	/**
	 * Whether the file is still as stamped: false when it changed, went or cannot be
	 * read.
	 */
	boolean stillMatches(Path file) {
		try {
			return equals(of(file));
		}
		catch (IOException gone) {
			return false;
		}
	}

	void addTo(JobParametersBuilder parameters) {
		parameters.addLong(IngestKeys.SIZE, size, false).addString(IngestKeys.MODIFIED, modified.toString(), false);
	}

	/**
	 * The stamp an ingest job was started with; none for a job started before stamps were
	 * kept.
	 */
	static Optional<FileStamp> from(JobParameters parameters) {
		Long size = parameters.getLong(IngestKeys.SIZE);
		String modified = parameters.getString(IngestKeys.MODIFIED);
		return size == null || modified == null ? Optional.empty()
				: Optional.of(new FileStamp(size, Instant.parse(modified)));
	}

}
