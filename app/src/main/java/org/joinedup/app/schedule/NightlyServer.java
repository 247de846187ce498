package org.joinedup.app.schedule;

import java.util.Date;
import java.util.concurrent.CountDownLatch;

import org.joinedup.app.batch.RunningExecutions;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sun.misc.Signal;

/**
 * The scheduler behind {@code serve}: started only there, never by the other commands. On shutdown
 * (SIGTERM, Ctrl-C) it takes no further fire, asks this process's running job executions to stop once
 * their current chunk commits (leaving them restartable), and waits for the nightly to end.
 */
@Component
public class NightlyServer {

	private static final Logger log = LoggerFactory.getLogger(NightlyServer.class);

	private final Scheduler scheduler;

	private final NightlySchedule schedule;

	private final RunningExecutions executions;

	private final JobOperator jobOperator;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile boolean serving;

	NightlyServer(Scheduler scheduler, NightlySchedule schedule, RunningExecutions executions,
			JobOperator jobOperator) {
		this.scheduler = scheduler;
		this.schedule = schedule;
		this.executions = executions;
		this.jobOperator = jobOperator;
	}

	/** Installs the nightly's trigger and starts the scheduler; returns the next fire time. */
	public Date start() throws SchedulerException {
		Date next = schedule.install();
		scheduler.start();
		serving = true;
		log.info("Scheduler {} started; next nightly at {}", scheduler.getSchedulerInstanceId(), next);
		return next;
	}

	public void awaitStop() throws InterruptedException {
		stopped.await();
	}

	/**
	 * Stops on SIGTERM and SIGINT before the JVM's shutdown begins, while the embedded H2 warehouse (which
	 * closes itself at shutdown) is still open for the last chunk to commit; {@code awaitStop} then returns.
	 */
	public void stopOnSignals() {
		for (String name : new String[] { "TERM", "INT" }) {
			Signal.handle(new Signal(name), signal -> stop());
		}
	}

	@EventListener(ContextClosedEvent.class)
	synchronized void stop() {
		if (!serving) {
			return;
		}
		log.info("Stopping: no further fires; running job executions stop after their current chunk");
		try {
			scheduler.standby();
			executions.stopAll(jobOperator);
			scheduler.shutdown(true);
		}
		catch (SchedulerException e) {
			log.error("The scheduler did not stop cleanly", e);
		}
		serving = false;
		stopped.countDown();
	}
}
