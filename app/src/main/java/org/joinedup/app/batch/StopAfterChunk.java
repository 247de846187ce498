package org.joinedup.app.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import sun.misc.Signal;

/**
 * A stop asked for by a shutdown: the chunk being written commits, then its step ends
 * STOPPED (restartable after that chunk), and no further job is started; a workbook being
 * read stops between two rows, and its file is read again by the next run.
 * <p>
 * The step flags itself, on its own thread, rather than through {@code JobOperator.stop}:
 * that writes the running step's execution context from the stopping thread, and a
 * restart then loaded the chunk in flight a second time.
 */
@Component
public class StopAfterChunk implements ChunkListener<Object, Object> {

	private static final Logger log = LoggerFactory.getLogger(StopAfterChunk.class);

	private volatile boolean requested;

	public void request() {
		requested = true;
	}

	/**
	 * Has SIGTERM and Ctrl-C ask for this stop instead of ending the process mid-file; a
	 * second signal ends it at once.
	 */
	public void requestOnSignals() {
		for (String name : new String[] { "TERM", "INT" }) {
			Signal.handle(new Signal(name), signal -> {
				if (requested) {
					System.exit(128 + signal.getNumber());
				}
				log.info("Stopping: the file being read stops within moments and is read again by the next run");
				request();
			});
		}
	}

	public boolean requested() {
		return requested;
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		if (requested) {
			StepSynchronizationManager.getContext().getStepExecution().setTerminateOnly();
		}
	}

}
