package org.joinedup.transform.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes the facts of one submission, batching the inserts of each kind of fact. */
public class FactWriter implements ItemWriter<Fact> {

	private final JdbcTemplate jdbc;

	private final long submissionId;

	public FactWriter(JdbcTemplate jdbc, long submissionId) {
		this.jdbc = jdbc;
		this.submissionId = submissionId;
	}

	@Override
	public void write(Chunk<? extends Fact> chunk) {
		Map<String, List<Object[]>> bySql = new LinkedHashMap<>();
		for (Fact fact : chunk) {
			List<Object> args = new ArrayList<>();
			args.add(submissionId);
			args.addAll(fact.values());
			bySql.computeIfAbsent(fact.insertSql(), sql -> new ArrayList<>()).add(args.toArray());
		}
		bySql.forEach(jdbc::batchUpdate);
	}
}
