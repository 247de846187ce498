package org.joinedup.app.ops;

/** What an admin can do to a job execution, each only in the states that allow it. */
public enum Action {

	/** Resume a FAILED or STOPPED execution where it stopped. */
	RESTART,

	/** Ask a running execution to stop after its current chunk. */
	STOP,

	/** Mark a FAILED or STOPPED execution as never to be resumed. */
	ABANDON,

	/** Mark an execution left running by a process that died as FAILED. */
	RECOVER,

	/** Run a COMPLETED job again on the same inputs. */
	RERUN

}
