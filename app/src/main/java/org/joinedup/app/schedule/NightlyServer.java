package org.joinedup.app.schedule;

import java.util.Date;
import java.util.concurrent.CountDownLatch;

import org.joinedup.app.batch.StopAfterChunk;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sun.misc.Signal;

/**
 * The scheduler behind {@code serve}: started only there, never by the other commands. On
 * shutdown (SIGTERM, Ctrl-C) it takes no further fire, has the running ingest stop once
 * its current chunk commits (leaving it restartable), and waits for the nightly to end.
 */
@Component
public class NightlyServer {

	private static final Logger log = LoggerFactory.getLogger(NightlyServer.class);

	private final Scheduler scheduler;

	private final NightlySchedule schedule;

	private final StopAfterChunk stopAfterChunk;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile boolean serving;

	NightlyServer(Scheduler scheduler, NightlySchedule schedule, StopAfterChunk stopAfterChunk) {
		this.scheduler = scheduler;
		this.schedule = schedule;
		this.stopAfterChunk = stopAfterChunk;
	}

	/**
	 * Installs the nightly's trigger and starts the scheduler; returns the next fire
	 * time.
	 */
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
	 * Stops on SIGTERM and SIGINT before the JVM's shutdown begins, while the embedded H2
	 * warehouse (which closes itself at shutdown) is still open for the last chunk to
	 * commit; {@code awaitStop} then returns.
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
		log.info("Stopping: no further fires; the running ingest stops after its current chunk");
		try {
			scheduler.standby();
			stopAfterChunk.request();
			scheduler.shutdown(true);
		}
		catch (SchedulerException e) {
			log.error("The scheduler did not stop cleanly", e);
		}
		serving = false;
		stopped.countDown();
	}

}
