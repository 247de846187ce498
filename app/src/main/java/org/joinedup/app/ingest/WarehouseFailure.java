package org.joinedup.app.ingest;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A failure of the warehouse itself (its disk full, its server gone, its connection
 * lost), as against one of a file's: no other file can load until it is fixed, so the run
 * stops at it and says why in one line.
 */
final class WarehouseFailure {

	private WarehouseFailure() {
	}

	/** The deepest cause's message, when {@code failure} is the warehouse's. */
	static Optional<String> reasonFor(Throwable failure) {
		boolean warehouse = false;
		Throwable deepest = failure;
		for (Throwable t = failure; t != null; t = t.getCause()) {
			warehouse |= isWarehouse(t);
			deepest = t;
		}
		if (!warehouse) {
			return Optional.empty();
		}
		String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
		return Optional.of(message.replaceAll("\\s*\\R\\s*", " "));
	}

	private static boolean isWarehouse(Throwable t) {
		return t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
				|| t instanceof TransactionSystemException || t instanceof SQLNonTransientConnectionException
				|| t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException;
	}

}
