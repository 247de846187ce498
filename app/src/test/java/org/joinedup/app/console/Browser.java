package org.joinedup.app.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import org.joinedup.app.testing.Patience;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (.ci/run installs
 * both; nothing is downloaded). Every wait is {@link Patience}'s, and every page can be
 * saved as a screenshot under {@code target/console-screenshots/}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

	final ChromeDriver driver;

	private final String base;

	private final Path downloads;

	Browser(String base, Path downloads) {
		this.base = base;
		this.downloads = downloads;
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
				"--disable-gpu");
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Patience.limit());
	}

	/**
	 * For {@code @EnabledIf}: true when Chromium and its driver are installed, or when CI
	 * requires the browser tests ({@code JOINEDUP_REQUIRE_BROWSER=true}).
	 */
	static boolean installedOrRequired() {
		if (Boolean.parseBoolean(System.getenv("JOINEDUP_REQUIRE_BROWSER"))) {
			return true;
		}
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			System.err.println("Browser tests skipped: install Debian's chromium and chromium-driver");
		}
		return installed;
	}

	void open(String path) {
		driver.get(base + path);
	}

	void signIn(String username, String password) {
		open("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		find(By.cssSelector("form button[type=submit]")).click();
	}

	WebElement find(By by) {
		return until(d -> d.findElement(by));
	}

	/**
	 * Waits for the condition; past the limit, fails with the page's address and text.
	 */
	<T> T until(Function<WebDriver, T> condition) {
		try {
			return new WebDriverWait(driver, Patience.limit(), Duration.ofMillis(250)).until(condition);
		}
		catch (TimeoutException e) {
			throw new AssertionError(
					"Waited in vain on " + driver.getCurrentUrl() + ", which shows:\n" + driver.getPageSource(), e);
		}
	}

	String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	Path downloads() {
		return downloads;
	}

	void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = driver.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() {
		driver.quit();
	}

}
