package org.joinedup.app.console.schedule;

import org.joinedup.app.nightly.NightlyRuns;
import org.joinedup.app.schedule.NightlySchedule;
import org.joinedup.app.schedule.ScheduleProperties;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Reads the schedule's state: the trigger from Quartz's job store in the warehouse (the
 * same whether or not this process runs the scheduler) and the nightlies from
 * {@code nightly_run}.
 */
@Component
@ConditionalOnWebApplication
class ScheduleStatus {

	private final NightlySchedule schedule;

	private final ScheduleProperties properties;

	private final NightlyRuns runs;

	ScheduleStatus(NightlySchedule schedule, ScheduleProperties properties, NightlyRuns runs) {
		this.schedule = schedule;
		this.properties = properties;
		this.runs = runs;
	}

	ScheduleState read() throws SchedulerException {
		var stored = schedule.stored();
		return new ScheduleState(properties.cron(), properties.zone(),
				stored.map(Trigger::getNextFireTime).map(next -> next.toInstant().atZone(properties.zone())),
				stored.isPresent() ? schedule.state() : Trigger.TriggerState.NONE, schedule.servedHere(), runs.latest(),
				runs.lastFinished());
	}

}
