package org.joinedup.app.console.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.joinedup.app.nightly.NightlyRun;
import org.quartz.Trigger.TriggerState;

/**
 * The nightly's schedule as the warehouse holds it, seen from this process.
 *
 * @param nextFire empty when no trigger is stored
 * @param trigger {@code NONE} when no trigger is stored
 * @param servedHere whether this process's scheduler takes the fires
 * @param latest the nightly that started last, running or not
 * @param lastFinished the last nightly that finished
 */
public record ScheduleState(String cron, ZoneId zone, Optional<ZonedDateTime> nextFire, TriggerState trigger,
		boolean servedHere, Optional<NightlyRun> latest, Optional<NightlyRun> lastFinished) {

	/**
	 * Quartz takes a fire up to a minute late (its misfire threshold); well past that, no
	 * scheduler is taking them.
	 */
	private static final Duration OVERDUE_AFTER = Duration.ofMinutes(5);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm:ss z", Locale.UK);

	/** A time as the page shows it, in the schedule's zone. */
	public String at(Instant instant) {
		return WHEN.format(instant.atZone(zone));
	}

	public boolean paused() {
		return trigger == TriggerState.PAUSED;
	}

	public boolean stored() {
		return trigger != TriggerState.NONE;
	}

	public Optional<NightlyRun> running() {
		return latest.filter(NightlyRun::running);
	}

	/** The nightly that started last and never finished because its process ended. */
	public Optional<NightlyRun> interrupted() {
		return latest.filter(NightlyRun::interrupted);
	}

	/** A due fire that no scheduler has taken. */
	public boolean overdue(Instant now) {
		return !paused() && nextFire.filter(next -> next.toInstant().plus(OVERDUE_AFTER).isBefore(now)).isPresent();
	}

}
