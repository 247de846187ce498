package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.cli.Cli;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.Workbooks;
import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command-line contract: exit codes, messages that say what to do, and where files
 * go.
 */
@SpringBootTest
@TestInstance(Lifecycle.PER_CLASS)
class CommandLineTest {

	private static final String CONTACT = "BCF returns team, bcf.returns@example.nhs.uk";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
		registry.add("joinedup.contact", () -> CONTACT);
	}

	@Autowired
	ApplicationContext context;

	@TempDir
	Path out;

	private Cli.Result reportOnAnEmptyWarehouse;

	private Cli.Result ingest;

	/**
	 * A report asked for before anything is ingested, then the 2016-17 Q4 returns
	 * ingested for the other tests.
	 */
	@BeforeAll
	void reportThenIngest() {
		reportOnAnEmptyWarehouse = Cli.run(context, "report");
		Path quarter = Samples.INBOX.resolve("bcf").resolve("2016-17").resolve("Q4");
		ingest = Cli.run(context, "ingest", Samples.AREAS.toString(), quarter.toString());
	}

	@Test
	void reportOnAnEmptyWarehouseSaysToIngestFirst() {
		assertThat(reportOnAnEmptyWarehouse.exitCode()).isEqualTo(1);
		assertThat(reportOnAnEmptyWarehouse.err()).contains("run 'joinedup ingest' first");
	}

	@Test
	void ingestOfGoodFilesExitsZeroWithALinePerFile() {
		assertThat(ingest.exitCode()).as(ingest.out()).isZero();
		assertThat(ingest.out().lines().filter(l -> l.startsWith("LOADED"))).hasSize(13);
		assertThat(ingest.out()).contains("Ingested 13 file(s): 13 loaded");
	}

	@Test
	void reportWritesTheQuarterAskedForInAnyWrittenFormAndPrintsItsPath() throws Exception {
		Cli.Result result = Cli.run(context, "report", "--quarter", "Q4 2016/17", "--out", out.toString());

		assertThat(result.exitCode()).as(result.err()).isZero();
		Path written = out.resolve("joinedup-quarterly-2016-17-Q4.xlsx");
		assertThat(result.out().trim()).isEqualTo(written.toString());
		assertThat(written).isRegularFile();
		try (XSSFWorkbook workbook = Workbooks.open(written)) {
			List<String> cover = new ArrayList<>();
			workbook.getSheet("Cover").forEach(row -> row.forEach(cell -> cover.add(cell.toString())));
			assertThat(cover).as("the Cover names the configured contact").contains(CONTACT);
		}
	}

	@Test
	void aQuarterWithoutReturnsIsRefusedUnlessAnEmptyWorkbookIsAskedFor() {
		Cli.Result refused = Cli.run(context, "report", "--quarter", "2016-17 Q3", "--out", out.toString());

		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("No returns were received for 2016-17 Q3: nothing to report.",
				"The quarters with returns: 2016-17 Q4.", "--allow-empty");
		assertThat(out.resolve("joinedup-quarterly-2016-17-Q3.xlsx")).doesNotExist();

		Cli.Result empty = Cli.run(context, "report", "--quarter", "2016-17 Q3", "--allow-empty", "--out",
				out.toString());
		assertThat(empty.exitCode()).as(empty.err()).isZero();
		assertThat(out.resolve("joinedup-quarterly-2016-17-Q3.xlsx")).isRegularFile();
	}

	@Test
	void usageErrorsExitTwoAndSayWhatIsWrong() {
		Cli.Result badQuarter = Cli.run(context, "report", "--quarter", "Q9");
		assertThat(badQuarter.exitCode()).isEqualTo(2);
		assertThat(badQuarter.err()).contains("is not a financial quarter: write it like 2016-17 Q4");

		Cli.Result future = Cli.run(context, "report", "--quarter", "2099-00 Q1");
		assertThat(future.exitCode()).isEqualTo(2);
		assertThat(future.err()).contains("has not begun yet");

		Cli.Result noCommand = Cli.run(context);
		assertThat(noCommand.exitCode()).isEqualTo(2);
		assertThat(noCommand.err()).contains("Name a command");

		Cli.Result missingPath = Cli.run(context, "ingest", out.resolve("nowhere").toString());
		assertThat(missingPath.exitCode()).isEqualTo(2);
		assertThat(missingPath.err()).contains("No such file or folder");
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : new String[] { "ingest", "report", "nightly" }) {
			Cli.Result help = Cli.run(context, command, "--help");
			assertThat(help.exitCode()).isZero();
			assertThat(help.out()).contains("Usage: joinedup " + command);
		}
	}

	@Test
	void anUnknownFileIsRejectedSayingWhatIsAccepted() throws Exception {
		Path notes = Files.writeString(out.resolve("notes.txt"), "minutes of the board meeting\n");
		Cli.Result result = Cli.run(context, "ingest", notes.toString());

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.out()).contains("REJECTED").contains("[not-a-recognised-return]");
	}

}
