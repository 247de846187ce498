package org.joinedup.app.nightly;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.joinedup.app.batch.StopAfterChunk;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.Inbox;
import org.joinedup.app.ingest.ReadingAhead;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.ingest.WarehouseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ingests files, printing a line per file as it goes (and logging it) and a closing
 * summary; stops between files when the process is shutting down.
 */
@Component
public class IngestConsole {

	private static final Logger log = LoggerFactory.getLogger(IngestConsole.class);

	private final IngestRunner runner;

	private final StopAfterChunk stop;

	private final ReadingAhead ahead;

	IngestConsole(IngestRunner runner, StopAfterChunk stop, ReadingAhead ahead) {
		this.runner = runner;
		this.stop = stop;
		this.ahead = ahead;
	}

	/** Told of each file before it is ingested, so that others can follow a long run. */
	public interface Watcher {

		Watcher NONE = (done, total, file) -> {
		};

		void starting(int done, int total, Path file);

	}

	public List<FileOutcome> ingest(List<Path> paths, PrintWriter out) {
		return ingest(paths, out, Watcher.NONE);
	}

	public List<FileOutcome> ingest(List<Path> paths, PrintWriter out, Watcher watcher) {
		Path base = Path.of("").toAbsolutePath();
		Inbox.Listing listing = runner.files(paths);
		List<FileOutcome> outcomes = new ArrayList<>();
		int total = listing.unreadable().size() + listing.files().size();
		try (Progress progress = Progress.of("Ingest", total)) {
			for (FileOutcome unreadable : listing.unreadable()) {
				report(unreadable, base, progress, out, outcomes);
			}
			List<Path> files = listing.files();
			for (int i = 0; i < files.size(); i++) {
				if (stop.requested()) {
					break;
				}
				Path file = files.get(i);
				watcher.starting(outcomes.size(), total, file);
				ahead.readAfter(listing, i);
				try {
					report(runner.ingest(file), base, progress, out, outcomes);
				}
				catch (WarehouseUnavailableException stopped) {
					report(stopped.outcome(), base, progress, out, outcomes);
					summarise(outcomes, out);
					throw stopped;
				}
				finally {
					ahead.forget(file);
				}
			}
		}
		summarise(outcomes, out);
		return outcomes;
	}

	private static void summarise(List<FileOutcome> outcomes, PrintWriter out) {
		String summary = FileCounts.of(outcomes).ingestSummary();
		log.info(summary);
		out.println(summary);
	}

	private static void report(FileOutcome outcome, Path base, Progress progress, PrintWriter out,
			List<FileOutcome> outcomes) {
		String line = outcome.line(base);
		log.info(line);
		progress.stepWith(out, line);
		outcomes.add(outcome);
	}

}
