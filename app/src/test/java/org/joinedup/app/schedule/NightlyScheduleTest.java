package org.joinedup.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.BooleanSupplier;

import org.joinedup.app.testing.Patience;
import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schedule in Quartz's job store: a fire missed while nothing served runs once when
 * the scheduler starts, and the cron trigger fires the nightly. Every nightly is counted
 * in {@code nightly_run}.
 */
@SpringBootTest
@TestInstance(Lifecycle.PER_CLASS)
class NightlyScheduleTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		TestHome.register(registry);
		registry.add("joinedup.inbox", Files.createTempDirectory("joinedup-empty-inbox-")::toString);
	}

	@Autowired
	NightlySchedule schedule;

	@Autowired
	NightlyServer server;

	@Autowired
	Scheduler scheduler;

	@Autowired
	JdbcTemplate jdbc;

	private boolean startedBeforeServe;

	private int runsForMissedFires;

	private int doneRunsForMissedFires;

	private Date nextFireAfterMissedFires;

	@BeforeAll
	void serveAfterThreeMissedNights() throws Exception {
		startedBeforeServe = scheduler.isStarted();
		schedule.install();
		// as if no scheduler had run for three nights: three fires missed
		Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
		jdbc.update("UPDATE qrtz_triggers SET next_fire_time = ? WHERE trigger_name = 'nightly'",
				threeDaysAgo.toEpochMilli());

		server.start();
		// Quartz keeps a fired trigger in qrtz_fired_triggers until its job ends: none
		// there, none is pending
		awaitNightlies("a nightly to end with no fire pending", () -> runs() >= 1
				&& jdbc.queryForObject("SELECT COUNT(*) FROM qrtz_fired_triggers", Integer.class) == 0);
		runsForMissedFires = runs();
		doneRunsForMissedFires = doneRuns();
		nextFireAfterMissedFires = scheduler.getTrigger(NightlySchedule.TRIGGER).getNextFireTime();
	}

	@AfterAll
	void stopFiring() throws Exception {
		scheduler.standby();
	}

	@Test
	void theSchedulerStartsOnlyInServe() throws Exception {
		assertThat(startedBeforeServe).as("started before serve").isFalse();
		assertThat(scheduler.isStarted()).as("started by serve").isTrue();
	}

	@Test
	void aFireMissedWhileNothingServedRunsOnceOnStart() {
		assertThat(runsForMissedFires).as("nightlies run for three missed fires").isEqualTo(1);
		assertThat(doneRunsForMissedFires).as("nightlies run to the end").isEqualTo(1);
		assertThat(nextFireAfterMissedFires).isInTheFuture();
	}

	@Test
	void theCronTriggerFiresTheNightly() throws Exception {
		int before = doneRuns();
		new NightlySchedule(scheduler, new ScheduleProperties("* * * * * ?", ZoneId.of("Europe/London"))).install();

		awaitNightlies("two nightlies fired by the cron trigger to end", () -> doneRuns() >= before + 2);
	}

	private int runs() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM nightly_run", Integer.class);
	}

	private int doneRuns() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM nightly_run WHERE summary LIKE 'Nightly done:%'",
				Integer.class);
	}

	private void awaitNightlies(String what, BooleanSupplier done) throws InterruptedException {
		Patience.await(what, done, () -> "nightly_run: " + jdbc.queryForList("SELECT * FROM nightly_run"));
	}

}
