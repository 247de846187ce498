package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.Patience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's actions on runs: the failures of a filtered list restarted together, an
 * abandoned run never restarted, each action audited on the run it touched.
 */
class RunActionsTest extends ConsoleTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestRunner ingest;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@Test
	void theFailuresOfAFilteredListAreRestartedTogether() throws Exception {
		String batch = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
		List<Long> failed = List.of(TestReturns.failedIngest(ingest, jdbc, folder.resolve(batch + "-a.csv")),
				TestReturns.failedIngest(ingest, jdbc, folder.resolve(batch + "-b.csv")));

		mvc.perform(post("/runs/restart-failures").param("file", batch).with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "Restarting 2 failed execution(s), one at a time."));

		Patience.await("both failures restarted and completed", () -> failed.stream().allMatch(this::succeededSince),
				() -> jdbc.queryForList("SELECT job_execution_id, status FROM batch_job_execution").toString());
		for (long id : failed) {
			assertThat(audited(id)).containsExactly("RESTART ran as execution " + jdbc
				.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution e WHERE "
						+ "job_instance_id = (SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?)",
						Long.class, id)
					+ ": COMPLETED");
		}
		assertThat(jdbc.queryForObject("SELECT username || ' ' || outcome FROM console_audit WHERE action = "
				+ "'RESTART_FAILURES' AND target = ?", String.class, "2 execution(s): " + failed))
			.isEqualTo("ada requested");
		mvc.perform(post("/runs/restart-failures").param("file", batch).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "No failed run in this list is left to restart."));
	}

	@Test
	void anAbandonedRunIsNeverRestarted() throws Exception {
		long failed = TestReturns.failedIngest(ingest, jdbc, folder.resolve("abandoned.csv"));

		mvc.perform(post("/runs/" + failed + "/abandon").with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Abandon: execution " + failed + " is now ABANDONED"));
		mvc.perform(post("/runs/" + failed + "/restart").with(admin()).with(csrf())).andExpect(status().isFound());

		Patience.await("the refused restart audited", () -> audited(failed).size() == 4,
				() -> audited(failed).toString());
		assertThat(audited(failed)).startsWith("ABANDON requested", "ABANDON execution " + failed + " is now ABANDONED",
				"RESTART requested");
		assertThat(audited(failed).get(3)).startsWith("RESTART refused: Execution " + failed + " is ABANDONED");
		mvc.perform(post("/runs/" + failed + "/launch").with(admin()).with(csrf())).andExpect(status().isNotFound());
	}

	private boolean succeededSince(long id) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM batch_job_execution later JOIN batch_job_execution e
				  ON e.job_instance_id = later.job_instance_id
				WHERE e.job_execution_id = ? AND later.job_execution_id > e.job_execution_id
				AND later.status = 'COMPLETED'""", Integer.class, id) == 1;
	}

	private List<String> audited(long id) {
		return jdbc.queryForList(
				"SELECT action || ' ' || outcome FROM console_audit WHERE job_execution_id = ? " + "ORDER BY id",
				String.class, id);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("ada").roles("ADMIN", "SUBMITTER", "VIEWER");
	}

}
