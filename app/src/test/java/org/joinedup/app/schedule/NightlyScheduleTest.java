package org.joinedup.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schedule in Quartz's job store: a fire missed while nothing served runs once when the scheduler
 * starts, and the cron trigger fires the nightly. Every nightly is counted in {@code nightly_run}.
 */
@SpringBootTest
@TestMethodOrder(OrderAnnotation.class)
class NightlyScheduleTest {

	private static final long WAIT_SECONDS = 60;

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

	private static Scheduler started;

	@AfterAll
	static void stopFiring() throws Exception {
		if (started != null) {
			started.standby();
		}
	}

	@Test
	@Order(1)
	void theSchedulerStartsOnlyInServe() throws Exception {
		assertThat(scheduler.isStarted()).isFalse();
	}

	@Test
	@Order(2)
	void aFireMissedWhileNothingServedRunsOnceOnStart() throws Exception {
		schedule.install();
		// as if no scheduler had run for three nights: three fires missed
		Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
		jdbc.update("UPDATE qrtz_triggers SET next_fire_time = ? WHERE trigger_name = 'nightly'",
				threeDaysAgo.toEpochMilli());

		server.start();
		started = scheduler;

		awaitRuns(n -> n >= 1);
		awaitFinishedRuns(1);
		Thread.sleep(2000); // room for a wrongly replayed second fire to show

		assertThat(runs()).as("nightlies run for three missed fires").isEqualTo(1);
		assertThat(scheduler.getTrigger(NightlySchedule.TRIGGER).getNextFireTime()).isInTheFuture();
	}

	@Test
	@Order(3)
	void theCronTriggerFiresTheNightly() throws Exception {
		new NightlySchedule(scheduler, new ScheduleProperties("* * * * * ?", ZoneId.of("Europe/London"))).install();

		awaitRuns(n -> n >= 3);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nightly_run WHERE summary LIKE 'Nightly done:%'",
				Integer.class)).isGreaterThanOrEqualTo(2);
	}

	private int runs() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM nightly_run", Integer.class);
	}

	private void awaitFinishedRuns(int expected) throws InterruptedException {
		awaitRuns(n -> jdbc.queryForObject("SELECT COUNT(*) FROM nightly_run WHERE finished_at IS NOT NULL",
				Integer.class) == expected);
	}

	private void awaitRuns(IntPredicate done) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		while (!done.test(runs())) {
			assertThat(System.nanoTime()).as("waited %ss for the nightly", WAIT_SECONDS).isLessThan(deadline);
			Thread.sleep(200);
		}
	}
}
