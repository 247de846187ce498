package org.joinedup.app.console.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;

import org.joinedup.app.console.ConsoleTestSupport;
import org.joinedup.app.console.audit.AuditEntry;
import org.joinedup.app.console.audit.AuditLog;
import org.joinedup.app.nightly.NightlyGuard;
import org.joinedup.app.nightly.NightlyRun;
import org.joinedup.app.nightly.NightlyRuns;
import org.joinedup.app.nightly.NightlyService;
import org.joinedup.app.schedule.NightlySchedule;
import org.joinedup.app.testing.Patience;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger.TriggerState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The schedule page: the next fire in the schedule's own zone, pause and resume, run now
 * (and its plain refusal while another nightly holds the lock), and a running nightly's
 * progress.
 */
class ScheduleConsoleTest extends ConsoleTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	NightlySchedule schedule;

	@Autowired
	NightlyRuns runs;

	@Autowired
	NightlyGuard guard;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsTheNextFireInTheSchedulesZone() throws Exception {
		Date next = schedule.install();
		ZonedDateTime london = next.toInstant().atZone(ZoneId.of("Europe/London"));
		assertThat(london.getHour()).isEqualTo(2);
		String page = page("/schedule");
		assertThat(page).contains("Europe/London")
			.contains(new ScheduleState("", london.getZone(), Optional.empty(), TriggerState.NORMAL, false,
					Optional.empty(), Optional.empty())
				.at(next.toInstant()))
			.contains(london.getZone().getRules().isDaylightSavings(next.toInstant()) ? "BST" : "GMT")
			.contains("02:00:00");
	}

	@Test
	void pauseThenResumeChangesTheTriggerAndIsAudited() throws Exception {
		schedule.install();
		mvc.perform(post("/schedule/pause").with(admin()).with(csrf())).andExpect(redirectedUrl("/schedule"));
		assertThat(schedule.state()).isEqualTo(TriggerState.PAUSED);
		assertThat(page("/schedule")).contains("PAUSED").doesNotContain("Resume");
		assertThat(mvc.perform(get("/schedule").with(admin())).andReturn().getResponse().getContentAsString())
			.contains("Resume");
		mvc.perform(post("/schedule/resume").with(admin()).with(csrf())).andExpect(redirectedUrl("/schedule"));
		assertThat(schedule.state()).isEqualTo(TriggerState.NORMAL);
		assertThat(audit.recent(5)).extracting(AuditEntry::action)
			.containsSubsequence("RESUME_SCHEDULE", "PAUSE_SCHEDULE");
	}

	@Test
	void runNowRunsTheNightlyAndThePageShowsItsSummary() throws Exception {
		Files.createDirectories(home.resolve("inbox"));
		long before = runs.latest().map(NightlyRun::id).orElse(0L);
		mvc.perform(post("/schedule/run").with(admin()).with(csrf())).andExpect(redirectedUrl("/schedule"));
		Patience.await("the nightly run from the console to finish",
				() -> runs.lastFinished().filter(run -> run.id() > before).isPresent(),
				() -> String.valueOf(runs.latest()));
		NightlyRun run = runs.lastFinished().orElseThrow();
		assertThat(run.summary()).hasValueSatisfying(line -> assertThat(line).startsWith("Nightly done: files"));
		assertThat(page("/schedule")).contains(run.summary().get());
		assertThat(audit.recent(10)).extracting(AuditEntry::outcome).contains(run.summary().get());
	}

	@Test
	void runNowSaysPlainlyThatAnotherNightlyIsRunning() throws Exception {
		try (var held = guard.tryAcquire().orElseThrow()) {
			mvc.perform(post("/schedule/run").with(admin()).with(csrf()))
				.andExpect(redirectedUrl("/schedule"))
				.andExpect(flash().attribute("message", NightlyService.REFUSED));
		}
	}

	@Test
	void aRunningNightlyShowsItsProgress() throws Exception {
		jdbc.update("""
				INSERT INTO nightly_run (owner, started_at, files_total, files_done, current_file)
				VALUES (?, ?, 12, 5, '<script>alert(1)</script>.xlsx')""",
				ManagementFactory.getRuntimeMXBean().getName(), Timestamp.from(Instant.now()));
		long id = runs.latest().orElseThrow().id();
		try {
			String fragment = page("/schedule/nightly");
			assertThat(fragment).contains("5 of 12 done")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;.xlsx")
				.doesNotContain("<script>alert")
				.contains("hx-get=\"/schedule/nightly\"")
				.contains("every 2s");
		}
		finally {
			jdbc.update("UPDATE nightly_run SET finished_at = ?, summary = 'progress test row' WHERE id = ?",
					Timestamp.from(Instant.now()), id);
		}
		assertThat(page("/schedule/nightly")).doesNotContain("hx-get");
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url).with(user("val").roles("VIEWER"))).andReturn().getResponse().getContentAsString();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("ada").roles("ADMIN", "SUBMITTER", "VIEWER");
	}

}
