package org.joinedup.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.batch.StopAfterChunk;
import org.joinedup.app.nightly.IngestConsole;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
		"Ingests returns: files, or folders searched recursively (default: the inbox).",
		"Prints one line per file: LOADED, SUPERSEDES #id, DUPLICATE, WAITING (still arriving: taken next run), "
				+ "REJECTED (with its first findings) or FAILED." },
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:every file accepted, a duplicate, or waiting for the next run",
				"1:a file could not be processed", "2:usage", "3:some files rejected" })
class IngestCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "0..*", paramLabel = "PATH",
			description = "Files or folders (default: the inbox, ${env:JOINEDUP_INBOX:-joinedup.inbox}).")
	List<Path> paths;

	private final IngestConsole console;

	private final JoinedupProperties properties;

	private final StopAfterChunk stop;

	IngestCommand(IngestConsole console, JoinedupProperties properties, StopAfterChunk stop) {
		this.console = console;
		this.properties = properties;
		this.stop = stop;
	}

	@Override
	public Integer call() {
		List<Path> targets = paths == null || paths.isEmpty() ? List.of(properties.inbox()) : paths;
		List<Path> missing = targets.stream().filter(p -> !Files.exists(p)).toList();
		if (!missing.isEmpty()) {
			missing.forEach(p -> spec.commandLine().getErr().println("No such file or folder: " + p));
			return ExitCodes.USAGE;
		}
		stop.requestOnSignals();
		return ExitCodes.of(console.ingest(targets, spec.commandLine().getOut()));
	}

}
