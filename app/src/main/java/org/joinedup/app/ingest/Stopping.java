package org.joinedup.app.ingest;

import java.util.concurrent.Callable;

import org.joinedup.ingest.workbook.ReadingStopped;
import org.springframework.batch.core.job.JobInterruptedException;

/**
 * A file whose reading stopped part-way for a shutdown: Spring Batch ends a step that
 * throws {@link JobInterruptedException} STOPPED, restartable, rather than FAILED.
 */
final class Stopping {

	private Stopping() {
	}

	static <T> T whileReading(Callable<T> reading) throws Exception {
		try {
			return reading.call();
		}
		catch (ReadingStopped stopped) {
			throw new JobInterruptedException(stopped.getMessage());
		}
	}

}
