package org.joinedup.app.ops;

/**
 * An admin asked for something that cannot be done: an unknown execution, or one in the
 * wrong state.
 */
public class OpsException extends RuntimeException {

	public OpsException(String message) {
		super(message);
	}

}
