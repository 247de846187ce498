package org.joinedup.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.schedule.ScheduleProperties;
import org.joinedup.app.testing.StartupFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Every joinedup setting is checked at start: a bad value fails it with Spring Boot's
 * report naming the setting, the value, where it came from and the rule it breaks; the
 * defaults in application.yml pass.
 */
class SettingsValidationTest {

	@TempDir
	Path folder;

	@Test
	void theDefaultsPass() {
		new SettingsCheck().postProcessEnvironment(environment(), new SpringApplication());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					joinedup.ingest.chunk-size                | 0           | must be greater than or equal to 1
					joinedup.ingest.chunk-size                | -5          | must be greater than or equal to 1
					joinedup.unit-cost.delayed-day            | -1          | must be greater than or equal to 0
					joinedup.unit-cost.non-elective-admission | -0.01       | must be greater than or equal to 0
					joinedup.episodes.max-bad-fraction        | 1.5         | must be less than or equal to 1
					joinedup.episodes.max-bad-fraction        | -0.1        | must be greater than or equal to 0
					joinedup.episodes.max-bad-fraction        | lots        | java.lang.NumberFormatException
					joinedup.ingest.workbook-engine           | sideways    | No enum constant
					joinedup.schedule.cron                    | 0 0 2 * *   | is not a Quartz cron expression (Unexpected end of expression.)
					joinedup.schedule.cron                    | 0 0 2 * * * | is not a Quartz cron expression (Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.)
					joinedup.schedule.zone                    | Mars/Base   | Unknown time-zone ID: Mars/Base
					""")
	void aBadSettingFailsTheStartNamingTheSettingItsValueAndTheRule(String setting, String value, String rule) {
		assertThat(refusal(setting, value)).contains("Value: \"" + value + "\"")
			.contains("Origin: \"" + setting + "\" from property source \"commandLineArgs\"")
			.contains(rule);
	}

	@Test
	void aHomeOrReportsFolderThatIsAFileOrBelowOneIsRefused() throws Exception {
		String file = Files.createFile(folder.resolve("not-a-folder")).toString();

		assertThat(refusal("joinedup.home", file)).contains("Property: joinedup.home")
			.contains("must be a folder joinedup can write in");
		assertThat(refusal("joinedup.reports-dir", file)).contains("Property: joinedup.reportsDir");
		assertThat(refusal("joinedup.home", file + "/below")).contains("Property: joinedup.home");
	}

	@Test
	void aHomeNotMadeYetPasses() {
		StandardEnvironment environment = environment("--joinedup.home=" + folder.resolve("new/home"));

		new SettingsCheck().postProcessEnvironment(environment, new SpringApplication());
	}

	@Test
	void springChecksTheSameConstraintsWhenItBindsTheSettings() {
		new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
			.withUserConfiguration(Settings.class)
			.withPropertyValues("joinedup.ingest.chunk-size=0")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(StartupFailures.report(context.getStartupFailure())).contains("Property: joinedup.ingest")
					.contains("must be greater than or equal to 1");
			});
	}

	private String refusal(String setting, String value) {
		StandardEnvironment environment = environment("--" + setting + "=" + value);
		Throwable failure = catchThrowable(
				() -> new SettingsCheck().postProcessEnvironment(environment, new SpringApplication()));
		assertThat(failure).as(setting + "=" + value + " refused").isNotNull();
		return StartupFailures.report(failure);
	}

	/** The environment of a start with these options and application.yml. */
	private static StandardEnvironment environment(String... options) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(options));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return environment;
	}

	@EnableConfigurationProperties({ JoinedupProperties.class, ScheduleProperties.class })
	static class Settings {

	}

}
