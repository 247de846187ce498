package org.joinedup.app.console.returns;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.joinedup.app.ingest.IngestKeys;
import org.joinedup.transform.submission.SubmissionStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks up a submission's file, the submissions around it and its ingest executions. */
@Component
@ConditionalOnWebApplication
class ReturnFiles {

	private final NamedParameterJdbcTemplate jdbc;

	private final SubmissionStore store;

	ReturnFiles(NamedParameterJdbcTemplate jdbc, SubmissionStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	Optional<ReturnFile> find(long submissionId) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", submissionId);
		return jdbc
			.query("""
					SELECT rf.id, rf.sha256, rf.received_at, s.superseded_by, s.job_execution_id
					FROM submission s JOIN received_file rf ON rf.id = s.received_file_id WHERE s.id = :id""", params,
					(rs, i) -> new Received(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
							rs.getObject(4, Long.class), rs.getObject(5, Long.class)))
			.stream()
			.findFirst()
			.map(received -> {
				params.addValue("file", received.fileId()).addValue("sha256", received.sha256());
				return new ReturnFile(store.summary(submissionId), received.sha256(), received.at(),
						received.supersededBy(), supersedes(params), sameBytes(params), executions(params),
						received.madeBy());
			});
	}

	private record Received(long fileId, String sha256, LocalDateTime at, Long supersededBy, Long madeBy) {
	}

	private List<Long> supersedes(MapSqlParameterSource params) {
		return jdbc.queryForList("SELECT id FROM submission WHERE superseded_by = :id ORDER BY id", params, Long.class);
	}

	private List<Long> sameBytes(MapSqlParameterSource params) {
		return jdbc.queryForList("SELECT id FROM submission WHERE received_file_id = :file AND id <> :id ORDER BY id",
				params, Long.class);
	}

	private List<ReturnFile.Execution> executions(MapSqlParameterSource params) {
		params.addValue("job", IngestKeys.JOB).addValue("shaKey", IngestKeys.SHA256);
		return jdbc.query("""
				SELECT e.job_execution_id, e.status
				FROM batch_job_execution e
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id AND i.job_name = :job
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				  AND p.parameter_name = :shaKey AND p.parameter_value = :sha256
				ORDER BY e.job_execution_id""", params,
				(rs, i) -> new ReturnFile.Execution(rs.getLong(1), rs.getString(2)));
	}

}
