package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.joinedup.app.cli.Cli;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.FileOutcome.Result;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.AreasFiles;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.joinedup.ingest.registry.FileDigest;
import org.joinedup.transform.load.ReturnMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Files still arriving when the ingest reaches them: one modified within the quiet period
 * waits for the next run, and one that grows while it is read is not accepted nor
 * recorded, so that once complete it loads whole rather than being a duplicate of its
 * first part.
 */
@SpringBootTest
class FilesStillArrivingFunctionalTest {

	private static final Duration LONG_AGO = Duration.ofHours(2);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
		registry.add("joinedup.ingest.quiet-period", () -> "1h");
	}

	/** Lets a test append to a file while joinedup reads it, as a slow upload would. */
	@MockitoSpyBean
	ReturnMappers returns;

	@Autowired
	IngestRunner runner;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path inbox;

	@Test
	void aFileModifiedWithinTheQuietPeriodWaitsForTheNextRunAndSaysSo() throws IOException {
		Path settled = modifiedLongAgo(AreasFiles.numbered(inbox.resolve("areas.csv"), 3));
		Path arriving = AreasFiles.numbered(Files.createDirectories(inbox.resolve("new")).resolve("areas-new.csv"), 4);

		Cli.Result run = Cli.run(context, "ingest", inbox.toString());

		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.out()).containsPattern("WAITING +" + arriving + "  modified \\d+s ago; taken next run")
			.containsPattern("(LOADED|SUPERSEDES) +" + settled)
			.contains(" 1 waiting, ")
			.contains("Waiting files may still be arriving: the next run takes them.");
		assertThat(received("areas-new.csv")).isEmpty();

		modifiedLongAgo(arriving);
		Cli.Result next = Cli.run(context, "ingest", inbox.toString());

		assertThat(next.out()).containsPattern("SUPERSEDES +" + arriving).contains(" 0 waiting, ");
	}

	@Test
	void anExtractAppendedToWhileItIsReadIsNotAcceptedAndLoadsWholeOnceComplete() throws IOException {
		Path areas = modifiedLongAgo(Files.copy(Samples.AREAS, inbox.resolve("areas-reference.csv")));
		assertThat(runner.ingest(areas).result()).isIn(Result.LOADED, Result.SUPERSEDES, Result.DUPLICATE);
		List<String> lines = Files.readAllLines(Samples.INBOX.resolve("episodes").resolve("episodes-2016-17-Q4.csv"));
		Path extract = modifiedLongAgo(Files.write(inbox.resolve("episodes-arriving.csv"), lines.subList(0, 3000)));
		AtomicBoolean uploading = new AtomicBoolean(true);
		doAnswer(call -> {
			if (uploading.getAndSet(false)) {
				Files.write(extract, lines.subList(3000, lines.size()), StandardOpenOption.APPEND);
			}
			return call.callRealMethod();
		}).when(returns).map(eq(extract), anyString());

		FileOutcome whileGrowing = runner.ingest(extract);

		assertThat(whileGrowing.result()).isEqualTo(Result.WAITING);
		assertThat(whileGrowing.detail())
			.isEqualTo("changed while it was read (still being written?): nothing loaded; taken next run");
		assertThat(received("episodes-arriving.csv")).isEmpty();
		assertThat(runner.ingest(extract).detail()).matches("modified \\d+s ago; taken next run");

		modifiedLongAgo(extract);
		FileOutcome complete = runner.ingest(extract);

		assertThat(complete.result()).as(complete.detail()).isEqualTo(Result.LOADED);
		assertThat(received("episodes-arriving.csv")).singleElement().satisfies(file -> {
			assertThat(file.get("SIZE_BYTES")).isEqualTo(Files.size(extract));
			assertThat(file.get("SHA256")).isEqualTo(FileDigest.sha256(extract));
		});
	}

	private List<Map<String, Object>> received(String fileName) {
		return jdbc.queryForList("SELECT sha256, size_bytes FROM received_file WHERE file_name = ?", fileName);
	}

	private static Path modifiedLongAgo(Path file) throws IOException {
		return Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(LONG_AGO)));
	}

}
