package org.joinedup.transform.load;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.joinedup.warehouse.WarehouseTable;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Where one kind of fact is stored: its table, the columns after {@code submission_id},
 * and the fact's values for them in the same order.
 */
public record FactTable<F extends Fact>(Class<F> factType, WarehouseTable table, List<String> columns,
		Function<F, List<Object>> values) {

	public FactTable {
		columns = List.copyOf(columns);
	}

	/** {@code columns} written as in SQL: {@code "area_code, fin_year, quarter"}. */
	public static <F extends Fact> FactTable<F> of(Class<F> factType, WarehouseTable table, String columns,
			Function<F, List<Object>> values) {
		return new FactTable<>(factType, table, Arrays.stream(columns.split(",")).map(String::strip).toList(), values);
	}

	public String insertSql() {
		return "INSERT INTO " + table.sqlName() + " (submission_id, " + String.join(", ", columns) + ") VALUES ("
				+ columns.stream().map(c -> "?").collect(Collectors.joining(", ", "?, ", "")) + ")";
	}

	/** A batch writer of this table's facts for one submission. */
	JdbcBatchItemWriter<F> writer(NamedParameterJdbcOperations jdbc, long submissionId) {
		JdbcBatchItemWriter<F> writer = new JdbcBatchItemWriter<>();
		writer.setJdbcTemplate(jdbc);
		writer.setSql(insertSql());
		writer.setItemPreparedStatementSetter((fact, statement) -> {
			statement.setLong(1, submissionId);
			List<Object> row = values.apply(fact);
			if (row.size() != columns.size()) {
				throw new IllegalStateException(factType.getSimpleName() + " gave " + row.size() + " values for "
						+ columns.size() + " columns of " + table.sqlName());
			}
			for (int i = 0; i < row.size(); i++) {
				StatementCreatorUtils.setParameterValue(statement, i + 2, SqlTypeValue.TYPE_UNKNOWN, row.get(i));
			}
		});
		writer.afterPropertiesSet();
		return writer;
	}
}
