package org.joinedup.ingest.workbook;

/**
 * Reading stopped part-way because a stop was asked for (the process is shutting down):
 * the file is neither good nor bad, and is read again from the start by the next run.
 */
public class ReadingStopped extends RuntimeException {

	public ReadingStopped(String file) {
		super("Reading '" + file + "' stopped part-way: the process is stopping; the next run reads it again");
	}

}
