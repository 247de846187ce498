package org.joinedup.transform.load;

import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ClassifierCompositeItemWriter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Writes the facts of one submission: each kind of fact through its table's batch writer.
 */
public final class FactWriters {

	private FactWriters() {
	}

	public static ClassifierCompositeItemWriter<Fact> forSubmission(NamedParameterJdbcOperations jdbc,
			long submissionId) {
		Map<Class<?>, ItemWriter<? super Fact>> byFact = new HashMap<>();
		ReturnTypes.ALL.stream()
			.flatMap(definition -> definition.tables().stream())
			.forEach(table -> byFact.put(table.factType(), writer(table, jdbc, submissionId)));
		ClassifierCompositeItemWriter<Fact> writer = new ClassifierCompositeItemWriter<>();
		writer.setClassifier(fact -> {
			ItemWriter<? super Fact> tableWriter = byFact.get(fact.getClass());
			if (tableWriter == null) {
				throw new IllegalStateException("no table for " + fact.getClass().getSimpleName()
						+ ": list its FactTable in its return type's definition");
			}
			return tableWriter;
		});
		return writer;
	}

	@SuppressWarnings("unchecked")
	private static <F extends Fact> ItemWriter<? super Fact> writer(FactTable<F> table,
			NamedParameterJdbcOperations jdbc, long submissionId) {
		// the classifier routes only facts of table.factType() here
		ItemWriter<F> writer = table.writer(jdbc, submissionId);
		return (ItemWriter<? super Fact>) (ItemWriter<?>) writer;
	}

}
