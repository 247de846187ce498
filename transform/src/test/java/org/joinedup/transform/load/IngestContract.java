package org.joinedup.transform.load;

import java.io.IOException;
import java.nio.file.Path;

import org.joinedup.transform.testing.Loading;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * What the return fuzz tests hold loading to, whatever a file holds, as the app runs it:
 * ordering the inbox asks whether the file is reference data, answered or an
 * {@link IOException} (which the inbox takes as no); the ingest job detects and maps the
 * file, records the submission with its findings and, when accepted, writes its facts and
 * publishes it. Nothing else may throw: an exception would fail the file's ingest job
 * instead of rejecting the file with findings. Each file is loaded in a transaction
 * rolled back afterwards, onto the sample areas and providers references, so every file
 * meets the same warehouse.
 */
final class IngestContract {

	private static final Loading LOADING = withReferenceData();

	private static final DataSourceTransactionManager TRANSACTIONS = new DataSourceTransactionManager(
			LOADING.jdbc().getDataSource());

	private IngestContract() {
	}

	static void ingest(Path file) throws Exception {
		try {
			LOADING.returns().isReferenceData(file);
		}
		catch (IOException unreadable) {
			// the inbox orders it as a return; its ingest says why it cannot be read
		}
		TransactionStatus transaction = TRANSACTIONS.getTransaction(new DefaultTransactionDefinition());
		try {
			LOADING.load(file);
		}
		finally {
			TRANSACTIONS.rollback(transaction);
		}
	}

	private static Loading withReferenceData() {
		try {
			return Loading.withReferenceData();
		}
		catch (Exception failure) {
			throw new IllegalStateException("the sample references did not load", failure);
		}
	}

}
