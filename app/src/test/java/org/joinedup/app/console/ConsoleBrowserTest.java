package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.joinedup.app.console.users.ConsoleUsers;
import org.joinedup.app.console.users.Role;
import org.joinedup.app.ingest.IngestRunner;
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

		browser.find(By.cssSelector("form.signout button")).click();
		browser.until(d -> d.getCurrentUrl().contains("/login?signedOut"));
		assertThat(browser.text()).contains("You have signed out");
		browser.open("/runs");
		browser.until(d -> d.getCurrentUrl().endsWith("/login"));
	}

}
