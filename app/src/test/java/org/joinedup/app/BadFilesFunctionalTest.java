package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.joinedup.app.cli.Cli;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.Inbox;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.AreasFiles;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Files that are bad as files, not as returns, ingested through the command line beside
 * good ones: each gets a line (and a finding with its rule) naming it and the reason,
 * never a FAILED job with a stack trace, and the good files still load.
 */
@SpringBootTest
class BadFilesFunctionalTest {

	private static final String AREAS_HEADER = "ONS code,Name,Type,Region,Legacy code,Population,Population 65+,"
			+ "Valid from,Valid to\n";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	IngestRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@Test
	void aCsvWithAnUnclosedQuoteIsRejectedOnItsLineAndOnceDecidedIsADuplicate() throws IOException {
		Path bad = Files.writeString(folder.resolve("areas-unclosed.csv"),
				AREAS_HEADER + "E06000001,Hartlepool,Unitary authority,North East,724,92800,17000,2013-04-01,\n"
						+ "E06000018,\"Nottingham,Unitary authority,East Midlands,512,318900,36000,2013-04-01,\n"
						+ "E06000023,Bristol,Unitary authority,South West,116,449300,58000,2013-04-01,\n");

		Cli.Result first = Cli.run(context, "ingest", bad.toString());
		Cli.Result again = Cli.run(context, "ingest", bad.toString());

		assertThat(first.exitCode()).as(first.out()).isEqualTo(3);
		assertThat(first.out()).contains("REJECTED    " + bad)
			.contains("row 3 [csv-unclosed-quote] Line 3 opens a quoted value")
			.doesNotContain("FAILED")
			.doesNotContain("Exception");
		assertThat(again.out()).containsPattern("DUPLICATE   " + Pattern.quote(bad.toString())
				+ "  same bytes as submission #\\d+ \\(areas-unclosed.csv, rejected\\): nothing loaded; "
				+ "its findings: joinedup rejections --file areas-unclosed.csv");
		assertThat(jdbc.queryForList("""
				SELECT e.status FROM batch_job_execution e
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				WHERE p.parameter_name = 'file.name' AND p.parameter_value = 'areas-unclosed.csv'""", String.class))
			.containsExactly("COMPLETED");
	}

	@Test
	void aStreamedEpisodesExtractWithTextAfterAClosingQuoteIsRejectedOnItsLine() throws IOException {
		List<String> lines = Files.readAllLines(Samples.INBOX.resolve("episodes").resolve("episodes-2016-17-Q4.csv"));
		lines.set(500, lines.get(500).replaceFirst(",RVW,", ",\"RVW\"X,"));
		Path extract = Files.write(folder.resolve("episodes.csv"), lines);

		Cli.Result run = Cli.run(context, "ingest", Samples.AREAS.toString(), extract.toString());

		assertThat(run.out()).contains("REJECTED    " + extract)
			.contains("row 501 [csv-text-after-quote] Line 501 has text after a quoted value's closing quote")
			.doesNotContain("FAILED");
	}

	@Test
	void aPathLongerThanAnyColumnWasIsStoredWhole() throws IOException {
		Path deep = folder;
		while (deep.toString().length() < 3000) {
			deep = deep.resolve("folder-".repeat(30) + deep.getNameCount());
		}
		Path areas = AreasFiles.numbered(Files.createDirectories(deep).resolve("areas.csv"), 3);

		Cli.Result run = Cli.run(context, "ingest", areas.toString());

		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.out()).startsWith("LOADED      " + areas);
		assertThat(jdbc.queryForList("SELECT path FROM received_file", String.class)).contains(areas.toString());
	}

	@Test
	void emptyFilesAreEachRejectedAsEmptyAndNeverDuplicatesOfEachOther() throws IOException {
		Path first = Files.createFile(folder.resolve("first-empty.csv"));
		Path second = Files.createFile(folder.resolve("second-empty.xlsx"));

		Cli.Result run = Cli.run(context, "ingest", first.toString(), second.toString());
		Cli.Result again = Cli.run(context, "ingest", first.toString());

		for (Path empty : List.of(first, second)) {
			assertThat(run.out()).contains("REJECTED    " + empty + "  the file is empty (0 bytes): nothing loaded");
		}
		assertThat(run.out()).contains("[file-empty] The file is empty (0 bytes)").doesNotContain("DUPLICATE");
		assertThat(again.out()).contains("REJECTED    " + first).doesNotContain("DUPLICATE");
	}

	@Test
	void utf16CsvsWithAndWithoutAByteOrderMarkLoadLikeTheirUtf8Originals() throws IOException {
		// with the mark, as Excel's "Unicode text" saves a sheet: tab-separated
		Path months = Samples.INBOX.resolve("ae").resolve("2016-17");
		String april = Files.readString(months.resolve("MSitAE-2016-04.csv")).replace("\uFEFF", "");
		String may = Files.readString(months.resolve("MSitAE-2016-05.csv")).replace("\uFEFF", "");
		Path withMark = Files.write(folder.resolve("april-unicode.txt"),
				("\uFEFF" + tabSeparated(april)).getBytes(StandardCharsets.UTF_16LE));
		Path withoutMark = Files.write(folder.resolve("may-unicode.csv"), may.getBytes(StandardCharsets.UTF_16LE));

		Cli.Result run = Cli.run(context, "ingest", Samples.AREAS.toString(), Samples.PROVIDERS.toString(),
				withMark.toString(), withoutMark.toString());

		assertThat(run.out()).containsPattern("LOADED +" + withMark + "  AE_MONTHLY April 2016, \\d+ rows")
			.containsPattern("LOADED +" + withoutMark + "  AE_MONTHLY May 2016, \\d+ rows");
	}

	@Test
	void controlCharactersInANameOrAValueAreEscapedSoNoLineCanBeForged() throws IOException {
		String forged = "LOADED      forged.csv  AREAS_REFERENCE, 12 rows (#99)";
		Path named = Files.createFile(folder.resolve("evil\n" + forged + "\u001b[2K.csv"));
		Path valued = Files.writeString(folder.resolve("areas-value.csv"),
				AREAS_HEADER + "E06000001,Hartlepool,Unitary authority,North East,724,\"92800\n" + forged
						+ "\r\u001b[1A\",17000,2013-04-01,\n");

		Cli.Result run = Cli.run(context, "ingest", named.toString(), valued.toString());

		assertThat(run.out().lines()).noneMatch(line -> line.startsWith("LOADED"));
		assertThat(run.out()).doesNotContain("\u001b")
			.doesNotContain("\r")
			.contains("evil\\nLOADED      forged.csv  AREAS_REFERENCE, 12 rows (#99)\\u001b[2K.csv  the file is empty")
			.contains("value '92800\\nLOADED      forged.csv  AREAS_REFERENCE, 12 rows (#99)\\r\\u001b[1A'");
	}

	@Test
	void aFileThatCannotBeReadGetsItsReasonAndTheOthersLoad() throws IOException {
		Path unreadable = unreadableFile(folder.resolve("unreadable.csv"));
		Path areas = AreasFiles.numbered(folder.resolve("areas.csv"), 4);

		Cli.Result run = Cli.run(context, "ingest", folder.toString());

		assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
		assertThat(run.out()).contains("FAILED      " + unreadable + "  cannot be read (permission denied)")
			.contains("[file-unreadable] The file cannot be read (permission denied)")
			.containsPattern(accepted(areas));
	}

	@Test
	void aFolderThatCannotBeReadGetsItsReasonAndTheOthersLoad() throws IOException {
		Path areas = AreasFiles.numbered(Files.createDirectories(folder.resolve("readable")).resolve("areas.csv"), 5);
		Path locked = unreadableFolder(folder.resolve("locked"));
		try {
			Cli.Result run = Cli.run(context, "ingest", folder.toString());

			assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
			assertThat(run.out()).contains("FAILED      " + locked + "  folder cannot be read (permission denied)")
				.contains("[folder-unreadable]")
				.containsPattern(accepted(areas))
				.doesNotContain("Exception");
		}
		finally {
			Files.setPosixFilePermissions(folder.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void aFileGoneBetweenListingAndReadingIsSaidToBeGoneAndTheOthersLoad() throws IOException {
		Path gone = AreasFiles.numbered(folder.resolve("a-gone.csv"), 2);
		Path areas = AreasFiles.numbered(folder.resolve("b-areas.csv"), 6);
		Inbox.Listing listing = runner.files(List.of(folder));
		Files.delete(gone);

		List<FileOutcome> outcomes = new ArrayList<>();
		listing.files().forEach(file -> outcomes.add(runner.ingest(file)));

		assertThat(outcomes).extracting(FileOutcome::file).containsExactly(gone, areas);
		assertThat(outcomes.get(1).line(folder)).containsPattern(accepted(Path.of("b-areas.csv")));
		assertThat(outcomes.get(0).line(folder)).isEqualTo("FAILED      a-gone.csv  gone before it was read: nothing "
				+ "loaded\n            - [file-vanished] The file was moved or deleted after the inbox was listed: if "
				+ "it comes back, it is taken on the next run".replace("\n", System.lineSeparator()));
	}

	private static String tabSeparated(String csv) throws IOException {
		StringBuilder text = new StringBuilder();
		for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
			text.append(String.join("\t", record.toList())).append("\r\n");
		}
		return text.toString();
	}

	/** The line of a file that loaded, as the first or a later areas reference. */
	private static Pattern accepted(Path file) {
		return Pattern.compile("(LOADED|SUPERSEDES) +" + Pattern.quote(file.toString()) + "  ");
	}

	/**
	 * A file joinedup may not read. Permissions deny nothing to root, as the tests may
	 * run: there, a link to a kernel setting that even root may only write stands in.
	 */
	private static Path unreadableFile(Path file) throws IOException {
		Files.writeString(file, AREAS_HEADER);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		if (!Files.isReadable(file)) {
			return file;
		}
		Files.delete(file);
		Path writeOnly = Path.of("/proc/sys/vm/compact_memory");
		assumeTrue(Files.exists(writeOnly) && !Files.isReadable(writeOnly),
				"running as root without a write-only kernel setting: no file can be made unreadable");
		return Files.createSymbolicLink(file, writeOnly);
	}

	/**
	 * A folder joinedup may not list. Permissions deny nothing to root, as the tests may
	 * run: there the case is skipped, and InboxTest feeds the walk the failure instead.
	 */
	private static Path unreadableFolder(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("hidden-by-permissions.csv"), AREAS_HEADER);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(folder), "running as root, who may read any folder");
		return folder;
	}

}
