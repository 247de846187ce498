package org.joinedup.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.FileOutcome.Result;
import org.joinedup.app.ingest.IngestRunner;
import org.springframework.stereotype.Component;

/** Ingests files, printing a line per file as it goes and a closing summary. */
@Component
class IngestConsole {

	private final IngestRunner runner;

	IngestConsole(IngestRunner runner) {
		this.runner = runner;
	}

	List<FileOutcome> ingest(List<Path> paths, PrintWriter out) {
		Path base = Path.of("").toAbsolutePath();
		List<FileOutcome> outcomes = new ArrayList<>();
		for (Path file : runner.files(paths)) {
			FileOutcome outcome = runner.ingest(file);
			out.println(outcome.line(base));
			out.flush();
			outcomes.add(outcome);
		}
		out.println(summary(outcomes));
		return outcomes;
	}

	static int exitCode(List<FileOutcome> outcomes) {
		if (outcomes.stream().anyMatch(o -> o.result() == Result.FAILED)) {
			return ExitCodes.FAILURE;
		}
		return outcomes.stream().allMatch(o -> o.result().accepted()) ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
	}

	private static String summary(List<FileOutcome> outcomes) {
		Map<Result, Integer> counts = new EnumMap<>(Result.class);
		outcomes.forEach(o -> counts.merge(o.result(), 1, Integer::sum));
		StringBuilder s = new StringBuilder("Ingested " + outcomes.size() + " file(s):");
		for (Result result : Result.values()) {
			s.append(' ').append(counts.getOrDefault(result, 0)).append(' ').append(result.name().toLowerCase())
				.append(result == Result.FAILED ? "." : ",");
		}
		if (counts.containsKey(Result.REJECTED)) {
			s.append(" Rejected files loaded nothing; their findings are in the Data quality sheet.");
		}
		return s.toString();
	}
}
