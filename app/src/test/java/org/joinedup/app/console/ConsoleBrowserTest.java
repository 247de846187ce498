package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.joinedup.app.console.users.ConsoleUsers;
import org.joinedup.app.console.users.Role;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.AreasFiles;
import org.joinedup.app.testing.FailEveryInsert;
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
 * The console in a real browser, as an admin uses it: sign in, filter the runs, restart a
 * failed ingest and watch it complete, sign out. Screenshots of each page go to
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
		long failed = failedIngest("browser-areas.csv");

		browser.signIn("browser-admin", PASSWORD);
		browser.find(By.id("runs"));
		browser.screenshot("runs");

		new Select(browser.find(By.name("status"))).selectByValue("FAILED");
		browser.find(By.name("file")).sendKeys("browser-areas");
		browser.find(By.cssSelector("form.filters button[type=submit]")).click();
		browser.until(d -> d.getCurrentUrl().contains("status=FAILED"));
		assertThat(browser.find(By.id("runs")).findElements(By.cssSelector("tbody tr"))).singleElement()
			.satisfies(
					row -> assertThat(row.getText()).contains(String.valueOf(failed), "browser-areas.csv", "FAILED"));
		browser.screenshot("runs-filtered");

		browser.find(By.linkText(String.valueOf(failed))).click();
		browser.find(By.cssSelector("section.actions"));
		assertThat(browser.text()).contains("injected failure on every insert");
		browser.screenshot("execution-failed");
		browser.find(By.xpath("//section[@class='actions']//button[text()='Restart']")).click();

		browser.until(d -> {
			d.navigate().refresh();
			return browser.text().contains("run again as execution") && browser.text().contains("(COMPLETED)");
		});
		assertThat(browser.text()).contains("Console actions", "browser-admin", "RESTART");
		browser.screenshot("execution-restarted");

		browser.open("/runs?file=browser-areas");
		assertThat(browser.find(By.id("runs")).getText()).contains("succeeded since");

		browser.find(By.cssSelector("form.signout button")).click();
		browser.until(d -> d.getCurrentUrl().contains("/login?signedOut"));
		assertThat(browser.text()).contains("You have signed out");
		browser.open("/runs");
		browser.until(d -> d.getCurrentUrl().endsWith("/login"));
	}

	/** An areas file whose load the warehouse refuses: its ingest ends FAILED. */
	private long failedIngest(String name) throws Exception {
		Path areas = AreasFiles.numbered(folder.resolve(name), 3);
		jdbc.execute("CREATE TRIGGER browser_fail_areas BEFORE INSERT ON area FOR EACH ROW CALL \""
				+ FailEveryInsert.class.getName() + "\"");
		try {
			assertThat(ingest.ingest(areas).result()).isEqualTo(FileOutcome.Result.FAILED);
		}
		finally {
			jdbc.execute("DROP TRIGGER browser_fail_areas");
		}
		return jdbc.queryForObject("""
				SELECT MAX(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				WHERE p.parameter_name = 'file.name' AND p.parameter_value = ? AND e.status = 'FAILED'""", Long.class,
				name);
	}

}
