package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import org.joinedup.app.ingest.IngestRunner;
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
		long id = TestReturns.failedIngest(ingest, jdbc, folder.resolve("page-survey.csv"));

		Document admin = page(id, "ADMIN", "SUBMITTER", "VIEWER");
		assertThat(admin.select("header .who").text()).isEqualTo("someone (ADMIN)");
		assertThat(admin.select("h1").text()).contains("ingestFile", "page-survey.csv");
		assertThat(admin.select(".facts").text()).contains("FAILED", "page-survey.csv", "process");
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
