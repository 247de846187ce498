package org.joinedup.app.batch;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * A stop asked for by a shutdown: the chunk being written commits, then its step ends
 * STOPPED (restartable after that chunk), and no further job is started.
 * <p>
 * The step flags itself, on its own thread, rather than through {@code JobOperator.stop}:
 * that writes the running step's execution context from the stopping thread, and a
 * restart then loaded the chunk in flight a second time.
 */
@Component
public class StopAfterChunk implements ChunkListener<Object, Object> {

	private volatile boolean requested;

	public void request() {
		requested = true;
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
