package org.joinedup.app.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.ReturnMappers;

import org.springframework.beans.factory.DisposableBean;

/**
 * Reads and checks the next returns in line on other threads while the current one is
 * written, so that parsing and the warehouse's work overlap on the machine's cores. Files
 * are still recorded one at a time in receipt order, so supersession and reports come out
 * as a sequential run's. A file is read ahead only once every reference file of the run
 * is in (returns are checked against them), and only when it is small: a large extract
 * read ahead would hold a second file's facts in memory. What was read ahead is used only
 * if the file's size and modification time are those its job started with.
 */
public class ReadingAhead implements DisposableBean {

	private final ReturnMappers mappers;

	private final JoinedupProperties.ReadAhead settings;

	private final ExecutorService readers;

	private final Map<Path, Future<Read>> reads = new ConcurrentHashMap<>();

	private final AtomicLong handedOver = new AtomicLong();

	/** A file as it was read, and its stamp from before: the read is of those bytes. */
	private record Read(FileStamp stamp, MappedReturn mapped) {
	}

	ReadingAhead(ReturnMappers mappers, JoinedupProperties.ReadAhead settings) {
		this.mappers = mappers;
		this.settings = settings;
		this.readers = Executors.newFixedThreadPool(Math.max(1, settings.files()), runnable -> {
			Thread reader = new Thread(runnable, "read-ahead");
			reader.setDaemon(true);
			return reader;
		});
	}

	/**
	 * Starts reading the files that follow the {@code current}th of {@code listing}, as
	 * many as the settings allow; none while the current one is reference data.
	 */
	public void readAfter(Inbox.Listing listing, int current) {
		if (current < listing.references()) {
			return;
		}
		List<Path> files = listing.files();
		for (int next = current + 1; next <= current + settings.files() && next < files.size(); next++) {
			Path file = files.get(next);
			if (isSmall(file)) {
				reads.computeIfAbsent(file, key -> readers.submit(() -> read(key)));
			}
		}
	}

	/**
	 * What was read ahead of {@code file}, if it was read from the bytes {@code stamp}
	 * describes and read without failing; a failure is met again by reading it in turn.
	 */
	Optional<MappedReturn> take(Path file, FileStamp stamp) {
		Future<Read> read = reads.remove(file);
		if (read == null) {
			return Optional.empty();
		}
		try {
			Read done = read.get();
			if (!done.stamp().equals(stamp)) {
				return Optional.empty();
			}
			handedOver.incrementAndGet();
			return Optional.of(done.mapped());
		}
		catch (ExecutionException failed) {
			return Optional.empty();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** How many files were read ahead and their reading used. */
	public long handedOver() {
		return handedOver.get();
	}

	/** Drops what was read of {@code file} and not taken (it was a duplicate, say). */
	public void forget(Path file) {
		Future<Read> read = reads.remove(file);
		if (read != null) {
			// never interrupted: an interrupt closes H2's file under a reader using it
			read.cancel(false);
		}
	}

	private Read read(Path file) throws Exception {
		FileStamp stamp = FileStamp.of(file);
		return new Read(stamp, mappers.map(file, file.getFileName().toString()));
	}

	private boolean isSmall(Path file) {
		try {
			return Files.size(file) <= settings.largestFile().toBytes();
		}
		catch (IOException unreadable) {
			return false; // met when it is ingested in turn
		}
	}

	@Override
	public void destroy() {
		readers.shutdown();
	}

}
