package org.joinedup.app.schedule;

import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The nightly's cron trigger in Quartz's job store. A trigger already stored with the
 * configured cron is kept as it is, so a fire missed while no scheduler ran is still due
 * and runs once when one starts (fire once now); a changed cron replaces it.
 */
@Component
public class NightlySchedule {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	static final JobKey JOB = JobKey.jobKey("nightly", "joinedup");

	static final TriggerKey TRIGGER = TriggerKey.triggerKey("nightly", "joinedup");

	private final Scheduler scheduler;

	private final ScheduleProperties properties;

	NightlySchedule(Scheduler scheduler, ScheduleProperties properties) {
		this.scheduler = scheduler;
		this.properties = properties;
	}

	/**
	 * Stores the nightly job and its trigger as configured; returns the trigger's next
	 * fire time.
	 */
	public Date install() throws SchedulerException {
		JobDetail job = JobBuilder.newJob(NightlyJob.class).withIdentity(JOB).storeDurably().build();
		scheduler.addJob(job, true);
		Trigger stored = scheduler.getTrigger(TRIGGER);
		if (stored instanceof CronTrigger cron && isConfigured(cron)) {
			return stored.getNextFireTime();
		}
		Trigger trigger = trigger();
		if (stored == null) {
			scheduleUnlessAnotherNodeDid(trigger);
		}
		else {
			scheduler.rescheduleJob(TRIGGER, trigger);
			log.info("Nightly schedule changed to '{}' {}", properties.cron(), properties.zone());
		}
		return scheduler.getTrigger(TRIGGER).getNextFireTime();
	}

	/**
	 * The nightly's trigger as stored, or empty when no {@code serve} has installed it.
	 */
	public Optional<Trigger> stored() throws SchedulerException {
		return Optional.ofNullable(scheduler.getTrigger(TRIGGER));
	}

	public Trigger.TriggerState state() throws SchedulerException {
		return scheduler.getTriggerState(TRIGGER);
	}

	/** No fire until resumed; the stored trigger keeps its pause across restarts. */
	public void pause() throws SchedulerException {
		scheduler.pauseTrigger(TRIGGER);
	}

	/** Fires again on its cron; a fire missed while paused runs once now. */
	public void resume() throws SchedulerException {
		scheduler.resumeTrigger(TRIGGER);
	}

	/** Whether this process's scheduler is taking fires: only {@code serve}'s does. */
	public boolean servedHere() throws SchedulerException {
		return scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
	}

	private void scheduleUnlessAnotherNodeDid(Trigger trigger) throws SchedulerException {
		try {
			scheduler.scheduleJob(trigger);
		}
		catch (ObjectAlreadyExistsException anotherNodeStoredItFirst) {
			log.info("Nightly trigger stored by another node meanwhile: keeping it");
		}
	}

	private boolean isConfigured(CronTrigger cron) {
		return cron.getCronExpression().equals(properties.cron())
				&& cron.getTimeZone().toZoneId().equals(properties.zone());
	}

	private Trigger trigger() {
		return TriggerBuilder.newTrigger()
			.withIdentity(TRIGGER)
			.forJob(JOB)
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.cron())
				.inTimeZone(TimeZone.getTimeZone(properties.zone()))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
