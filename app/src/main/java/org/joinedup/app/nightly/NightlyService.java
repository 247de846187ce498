package org.joinedup.app.nightly;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.batch.StopAfterChunk;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.report.ReportRunner;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The nightly run, whether the {@code nightly} command or the schedule starts it: ingest
 * the inbox, then write the workbook of every quarter whose data changed. Only one runs
 * at a time across every node sharing the warehouse ({@link NightlyGuard}); each run is
 * recorded in {@code nightly_run}.
 */
@Service
public class NightlyService {

	private static final Logger log = LoggerFactory.getLogger(NightlyService.class);

	/** What a nightly says when another holds the lock. */
	public static final String REFUSED = "Nightly not started: another nightly is running (it holds the nightly lock).";

	/** This process, as {@code pid@host}. */
	private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();

	private final IngestConsole console;

	private final ReportRunner reports;

	private final JoinedupProperties properties;

	private final NightlyGuard guard;

	private final StopAfterChunk stop;

	private final NightlyRuns runs;

	private final Clock clock;

	NightlyService(IngestConsole console, ReportRunner reports, JoinedupProperties properties, NightlyGuard guard,
			StopAfterChunk stop, NightlyRuns runs, Clock clock) {
		this.console = console;
		this.reports = reports;
		this.properties = properties;
		this.guard = guard;
		this.stop = stop;
		this.runs = runs;
		this.clock = clock;
	}

	/**
	 * Runs the nightly, printing a line per file and report; empty when another nightly
	 * is running.
	 */
	public Optional<NightlySummary> run(PrintWriter out) throws SQLException {
		try (var hold = guard.tryAcquire().orElse(null)) {
			if (hold == null) {
				log.warn(REFUSED);
				out.println(REFUSED);
				return Optional.empty();
			}
			Instant start = clock.instant();
			long runId = runs.start(OWNER, start);
			NightlySummary summary;
			try {
				summary = ingestAndReport(out, start, runId);
			}
			catch (RuntimeException e) {
				try {
					runs.finish(runId, clock.instant(), "Nightly failed: " + e.getMessage());
				}
				catch (RuntimeException unrecorded) {
					e.addSuppressed(unrecorded);
				}
				throw e;
			}
			log.info(summary.line());
			out.println(summary.line());
			runs.finish(runId, clock.instant(), summary.line());
			return Optional.of(summary);
		}
	}

	private NightlySummary ingestAndReport(PrintWriter out, Instant start, long runId) {
		List<FileOutcome> files = console.ingest(List.of(properties.inbox()), out,
				(done, total, file) -> runs.progress(runId, done, total, file.getFileName().toString()));
		int written = 0;
		int unchanged = 0;
		int failed = 0;
		List<FinancialQuarter> quarters = reports.quarters();
		try (Progress progress = Progress.of("Reports", quarters.size())) {
			for (FinancialQuarter quarter : quarters) {
				if (stop.requested()) {
					break;
				}
				runs.progress(runId, files.size(), files.size(), "report " + quarter);
				try {
					Optional<Path> report = reports.reportIfChanged(quarter, properties.reportsDir());
					if (report.isPresent()) {
						progress.stepWith(out, logged("REPORT      " + quarter + "  " + report.get()));
						written++;
					}
					else {
						progress.step();
						unchanged++;
					}
				}
				catch (Exception e) {
					progress.stepWith(out, logged("FAILED      report " + quarter + ": " + e.getMessage()));
					failed++;
				}
			}
		}
		out.println(logged("Reports: " + written + " written, " + unchanged + " unchanged since their last report, in "
				+ properties.reportsDir()));
		return new NightlySummary(files, written, unchanged, failed, Duration.between(start, clock.instant()));
	}

	private static String logged(String line) {
		log.info(line);
		return line;
	}

}
