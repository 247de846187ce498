package org.joinedup.app.console.schedule;

import java.time.Clock;

import org.joinedup.app.console.ConsoleSwitch;
import org.joinedup.app.nightly.NightlyRun;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} health component. In {@code serve} it is UP while its scheduler
 * takes fires and DOWN once that has stopped. A {@code console} process runs no
 * scheduler, which is not a fault of its own: it is UP while no fire is overdue, and
 * UNKNOWN (which leaves the overall status UP) when no schedule is stored or a due fire
 * has not been taken, so that monitoring sees that no {@code serve} runs the nightly.
 * Signed-in users also see the next fire in the schedule's zone and the last nightly.
 */
@Component
@ConditionalOnWebApplication
class SchedulerHealthIndicator implements HealthIndicator {

	private final ScheduleStatus status;

	private final Environment environment;

	private final Clock clock;

	SchedulerHealthIndicator(ScheduleStatus status, Environment environment, Clock clock) {
		this.status = status;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public Health health() {
		ScheduleState state;
		try {
			state = status.read();
		}
		catch (Exception e) {
			return Health.down(e).build();
		}
		Health.Builder health = judge(state).withDetail("cron", state.cron())
			.withDetail("zone", state.zone().getId())
			.withDetail("trigger", state.trigger().name());
		state.nextFire().ifPresent(next -> health.withDetail("nextFire", state.at(next.toInstant())));
		state.running().ifPresent(run -> health.withDetail("running", "since " + state.at(run.startedAt())));
		state.lastFinished().flatMap(NightlyRun::summary).ifPresent(line -> health.withDetail("lastNightly", line));
		return health.build();
	}

	private Health.Builder judge(ScheduleState state) {
		if ("serve".equals(environment.getProperty(ConsoleSwitch.COMMAND))) {
			return state.servedHere() ? Health.up().withDetail("served", "by this process")
					: Health.down().withDetail("served", "not any more: this process's scheduler has stopped");
		}
		if (!state.stored()) {
			return Health.unknown()
				.withDetail("served", "not at all: no schedule is stored; 'joinedup serve' stores and runs it");
		}
		if (state.overdue(clock.instant())) {
			return Health.unknown()
				.withDetail("served", "apparently not: a due fire has not been taken; is 'joinedup serve' running?");
		}
		return Health.up()
			.withDetail("served", "by 'joinedup serve' if one is running: this console process runs no scheduler");
	}

}
