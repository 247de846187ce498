package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

import org.joinedup.app.console.users.ConsoleUsers;
import org.joinedup.app.console.users.Role;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.schedule.NightlySchedule;
import org.joinedup.app.testing.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console in a real browser, as its users use it: an admin signs in, filters the
 * runs, restarts a failed ingest and watches it complete; a submitter uploads a bad
 * return and reads its finding, then a good one; an admin regenerates the quarter and
 * downloads its workbook; an admin watches a running nightly's progress and pauses and
 * resumes the schedule; each signs out. Screenshots of each page go to
 * {@code target/console-screenshots/}.
 */
@EnabledIf("org.joinedup.app.console.Browser#installedOrRequired")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest extends ConsoleTestSupport {

	private static final String PASSWORD = "browser test password";

	@LocalServerPort
	int port;

	@Autowired
	ConsoleUsers users;

	@Autowired
	IngestRunner ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NightlySchedule schedule;

	@TempDir
	Path folder;

	private Browser browser;

	@BeforeAll
	void openBrowser() throws Exception {
		users.add("browser-admin", Role.ADMIN, PASSWORD);
		browser = new Browser("http://127.0.0.1:" + port, Files.createTempDirectory("console-downloads-"));
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void anAdminRestartsAFailedIngestAndSeesItComplete() throws Exception {
		long failed = TestReturns.failedIngest(ingest, jdbc, folder.resolve("browser-survey.csv"));

		browser.signIn("browser-admin", PASSWORD);
		browser.find(By.id("runs"));
		browser.screenshot("runs");

		new Select(browser.find(By.name("status"))).selectByValue("FAILED");
		browser.find(By.name("file")).sendKeys("browser-survey");
		browser.find(By.cssSelector("form.filters button[type=submit]")).click();
		browser.until(d -> d.getCurrentUrl().contains("status=FAILED"));
		assertThat(browser.find(By.id("runs")).findElements(By.cssSelector("tbody tr"))).singleElement()
			.satisfies(
					row -> assertThat(row.getText()).contains(String.valueOf(failed), "browser-survey.csv", "FAILED"));
		browser.screenshot("runs-filtered");

		browser.find(By.linkText(String.valueOf(failed))).click();
		browser.find(By.cssSelector("section.actions"));
		assertThat(browser.find(By.cssSelector("pre.trace")).getText()).contains("injected failure on every insert");
		browser.screenshot("execution-failed");
		browser.find(By.xpath("//section[@class='actions']//button[text()='Restart']")).click();

		browser.until(d -> {
			d.navigate().refresh();
			return browser.text().contains("run again as execution") && browser.text().contains("(COMPLETED)");
		});
		assertThat(browser.text()).contains("Console actions", "browser-admin", "RESTART");
		browser.screenshot("execution-restarted");

		browser.open("/runs?file=browser-survey");
		assertThat(browser.find(By.id("runs")).getText()).contains("succeeded since");

		signOut();
		assertThat(browser.text()).contains("You have signed out");
		browser.open("/runs");
		browser.until(d -> d.getCurrentUrl().endsWith("/login"));
	}

	@Test
	void aSubmitterUploadsABadReturnThenAGoodOneAndAnAdminDownloadsTheWorkbook() throws Exception {
		Path bad = Files.write(folder.resolve("browser-malformed.xlsx"),
				TestReturns.marked(Samples.REJECTS.resolve("ons-code-malformed.xlsx")));
		Path workbook = Files.write(folder.resolve("E06000023-bristol.xlsx"),
				TestReturns.marked(Samples.INBOX.resolve("bcf/2016-17/Q4/E06000023-bristol.xlsx")));
		users.add("browser-submitter", Role.SUBMITTER, PASSWORD);
		browser.signIn("browser-submitter", PASSWORD);

		browser.find(By.linkText("Upload")).click();
		browser.find(By.name("files")).sendKeys(bad.toString());
		browser.find(By.xpath("//button[text()='Upload']")).click();
		String rejected = browser.find(By.id("results")).getText();
		assertThat(rejected).contains("browser-malformed.xlsx", "REJECTED");
		assertThat(browser.find(By.cssSelector("#results table.findings tbody tr")).getText())
			.contains("browser-malformed.xlsx", "1) Cover", "6", "C", "E0800008", "ons-code-malformed");
		browser.screenshot("upload-rejected");

		browser.open("/upload");
		browser.find(By.name("files")).sendKeys(Samples.AREAS + "\n" + workbook);
		browser.find(By.xpath("//button[text()='Upload']")).click();
		assertThat(browser.find(By.id("results")).getText()).contains("E06000023-bristol.xlsx")
			.containsPattern("E06000023-bristol.xlsx\\s+(LOADED|SUPERSEDES)");
		browser.screenshot("upload-loaded");
		browser.find(By.linkText("Returns")).click();
		new Select(browser.find(By.name("quarter"))).selectByVisibleText("2016-17 Q4");
		browser.find(By.xpath("//button[text()='Show']")).click();
		browser.until(d -> d.getCurrentUrl().contains("quarter=2016-17"));
		assertThat(browser.find(By.id("returns")).getText()).contains("Bristol", "Accepted");
		browser.screenshot("returns");
		signOut();

		browser.signIn("browser-admin", PASSWORD);
		browser.open("/quarters");
		browser.find(By.xpath("//tr[td[1]='2016-17 Q4']//button[text()='Regenerate…']")).click();
		browser.find(By.id("dry-run"));
		browser.screenshot("quarters-dry-run");
		browser.find(By.xpath("//button[text()='Regenerate now']")).click();
		browser.until(d -> {
			browser.open("/quarters");
			return !d.findElements(By.xpath("//tr[td[1]='2016-17 Q4']//a[text()='Download']")).isEmpty();
		});
		browser.screenshot("quarters");
		browser.find(By.xpath("//tr[td[1]='2016-17 Q4']//a[text()='Download']")).click();
		Path downloaded = browser.downloads().resolve("joinedup-quarterly-2016-17-Q4.xlsx");
		browser.until(d -> Files.isRegularFile(downloaded) && !Files.exists(Path.of(downloaded + ".crdownload")));
		try (XSSFWorkbook opened = new XSSFWorkbook(Files.newInputStream(downloaded))) {
			assertThat(opened.getSheet("Cover")).isNotNull();
			assertThat(opened.getTable("Admissions")).isNotNull();
		}
		signOut();
	}

	@Test
	void anAdminWatchesARunningNightlyAndPausesTheSchedule() throws Exception {
		schedule.install();
		jdbc.update("""
				INSERT INTO nightly_run (owner, started_at, files_total, files_done, current_file)
				VALUES (?, ?, 4, 1, 'browser-one.xlsx')""", ManagementFactory.getRuntimeMXBean().getName(),
				Timestamp.from(Instant.now()));
		long run = jdbc.queryForObject("SELECT MAX(id) FROM nightly_run", Long.class);
		try {
			browser.signIn("browser-admin", PASSWORD);
			browser.open("/schedule");
			assertThat(browser.find(By.id("files-done")).getText()).isEqualTo("1 of 4 done");
			assertThat(browser.text()).contains("Europe/London", "browser-one.xlsx");
			browser.screenshot("schedule-running");
			// htmx refreshes the running part: no reload here
			jdbc.update("UPDATE nightly_run SET files_done = 3, current_file = 'browser-three.xlsx' WHERE id = ?", run);
			browser.until(d -> browser.text().contains("3 of 4 done") && browser.text().contains("browser-three.xlsx"));
		}
		finally {
			jdbc.update(
					"UPDATE nightly_run SET finished_at = ?, summary = 'Nightly done: the browser test''s' WHERE id = ?",
					Timestamp.from(Instant.now()), run);
		}
		browser.until(d -> browser.text().contains("Nightly done: the browser test's"));
		browser.screenshot("schedule-finished");

		browser.find(By.xpath("//button[text()='Pause']")).click();
		browser.until(d -> browser.text().contains("Schedule paused"));
		assertThat(browser.find(By.id("trigger-state")).getText()).contains("PAUSED");
		browser.screenshot("schedule-paused");
		browser.find(By.xpath("//button[text()='Resume']")).click();
		browser.until(d -> browser.text().contains("Schedule resumed"));
		assertThat(browser.find(By.id("trigger-state")).getText()).contains("ACTIVE");
		signOut();
	}

	private void signOut() {
		browser.find(By.cssSelector("form.signout button")).click();
		browser.until(d -> d.getCurrentUrl().contains("/login?signedOut"));
	}

}
