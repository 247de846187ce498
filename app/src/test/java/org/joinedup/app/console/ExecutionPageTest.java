package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.AreasFiles;
import org.joinedup.app.testing.FailEveryInsert;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An execution's page: its steps with their counts, the failure's stack trace, the file,
 * and only the actions its state allows, to an admin only.
 */
class ExecutionPageTest extends ConsoleTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestRunner ingest;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@Test
	void aFailedIngestShowsItsTraceAndOffersRestartAndAbandonToAnAdmin() throws Exception {
		Path areas = AreasFiles.numbered(folder.resolve("page-areas.csv"), 2);
		jdbc.execute("CREATE TRIGGER page_fail_areas BEFORE INSERT ON area FOR EACH ROW CALL \""
				+ FailEveryInsert.class.getName() + "\"");
		try {
			assertThat(ingest.ingest(areas).result()).isEqualTo(FileOutcome.Result.FAILED);
		}
		finally {
			jdbc.execute("DROP TRIGGER page_fail_areas");
		}
		long id = jdbc.queryForObject("""
				SELECT MAX(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				WHERE p.parameter_name = 'file.name' AND p.parameter_value = 'page-areas.csv'""", Long.class);

		Document admin = page(id, "ADMIN", "SUBMITTER", "VIEWER");
		assertThat(admin.select("header .who").text()).isEqualTo("someone (ADMIN)");
		assertThat(admin.select("h1").text()).contains("ingestFile", "page-areas.csv");
		assertThat(admin.select(".facts").text()).contains("FAILED", "page-areas.csv", "process");
		assertThat(admin.select("table.steps tbody tr")).isNotEmpty();
		assertThat(admin.select("pre.trace").text()).as("the stack trace").contains("injected failure on every insert");
		assertThat(admin.select("section.actions button").eachText()).containsExactly("Restart", "Abandon");

		assertThat(page(id, "VIEWER").select("section.actions")).as("a viewer sees no action").isEmpty();
	}

	@Test
	void anUnknownExecutionIsNotFound() throws Exception {
		mvc.perform(get("/runs/987654321").with(user("v").roles("VIEWER"))).andExpect(status().isNotFound());
		mvc.perform(get("/runs/abc").with(user("v").roles("VIEWER"))).andExpect(status().isBadRequest());
	}

	private Document page(long id, String... roles) throws Exception {
		return Jsoup.parse(mvc.perform(get("/runs/" + id).with(user("someone").roles(roles)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
