package org.joinedup.app.console.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.console.ConsoleTestSupport;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.FileOutcome.Result;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.ops.JobHistory;
import org.joinedup.app.report.ReportKeys;
import org.joinedup.app.report.ReportRunner;
import org.joinedup.app.testing.Patience;
import org.joinedup.app.testing.Samples;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The quarters page lists each quarter's latest workbook and whether the warehouse
 * changed since, serves that workbook and nothing else, and regenerates quarters after a
 * dry run.
 */
class QuartersPageTest extends ConsoleTestSupport {

	private static final FinancialQuarter LISTED = new FinancialQuarter(2015, 2);

	private static final FinancialQuarter REGENERATED = new FinancialQuarter(2015, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestRunner ingest;

	@Autowired
	ReportRunner reports;

	@Autowired
	JobHistory history;

	@Autowired
	JoinedupProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsEachQuarterWithItsLatestWorkbookAndServesIt() throws Exception {
		loadOneMoreReturnOf(LISTED);
		Path written = reports.report(LISTED, properties.reportsDir());
		long execution = latestReportOf(LISTED).getId();

		MvcResult page = mvc.perform(get("/quarters").with(user("val").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"quarters\"")))
			.andReturn();
		String html = page.getResponse().getContentAsString();
		assertThat(html)
			.contains("2015-16 Q2", "joinedup-quarterly-2015-16-Q2.xlsx", "href=\"/quarters/2015-16-Q2/workbook\"",
					"href=\"/runs/" + execution + "\"")
			.doesNotContain("Regenerate…");
		QuarterRow row = rowOf(page, LISTED);
		assertThat(row.workbook().executionId()).isEqualTo(execution);
		assertThat(row.workbook().path()).isEqualTo(written);
		assertThat(row.workbook().warehouseState()).startsWith("2015-16-Q2:");
		assertThat(row.outOfDate()).isFalse();
		List<FinancialQuarter> listed = rowsOf(page).stream().map(QuarterRow::quarter).toList();
		assertThat(listed).isSortedAccordingTo((a, b) -> b.compareTo(a)).contains(LISTED);

		MvcResult download = mvc.perform(get("/quarters/2015-16-Q2/workbook").with(user("val").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers
						.containsString("attachment; filename=\"joinedup-quarterly-2015-16-Q2.xlsx\"")))
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheet("Cover")).isNotNull();
		}

		loadOneMoreReturnOf(LISTED);
		page = mvc.perform(get("/quarters").with(user("ada").roles("ADMIN"))).andExpect(status().isOk()).andReturn();
		assertThat(rowOf(page, LISTED).outOfDate()).isTrue();
		assertThat(page.getResponse().getContentAsString()).contains("OUT OF DATE", "Regenerate…");
	}

	@Test
	void servesNoFileButARecordedWorkbook() throws Exception {
		for (String uri : List.of("/quarters/..%2F..%2Fetc%2Fpasswd/workbook", "/quarters/2016-17-Q4/../../x",
				"/quarters/2016-17-Q4/..%2F..%2Fx/workbook", "/quarters/..%252F..%252Fetc%252Fpasswd/workbook",
				"/quarters/2016-17-Q4/workbook/../../../x", "/quarters/nonsense/workbook",
				"/quarters/2016-17%20Q4/workbook", "/quarters/1999-00-Q1/workbook")) {
			mvc.perform(get(URI.create(uri)).with(user("ada").roles("ADMIN"))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/quarters/{slug}/workbook", "../../etc/passwd").with(user("ada").roles("ADMIN")))
			.andExpect(status().isNotFound());

		FinancialQuarter gone = new FinancialQuarter(2015, 4);
		loadOneMoreReturnOf(gone);
		Path written = reports.report(gone, properties.reportsDir());
		mvc.perform(get("/quarters/2015-16-Q4/workbook").with(user("val").roles("VIEWER"))).andExpect(status().isOk());
		Files.delete(written);
		mvc.perform(get("/quarters/2015-16-Q4/workbook").with(user("val").roles("VIEWER")))
			.andExpect(status().isNotFound());
		MvcResult page = mvc.perform(get("/quarters").with(user("val").roles("VIEWER"))).andReturn();
		assertThat(rowOf(page, gone).workbook().exists()).isFalse();
		assertThat(page.getResponse().getContentAsString()).contains("(file no longer there)")
			.doesNotContain("href=\"/quarters/2015-16-Q4/workbook\"");
	}

	@Test
	void regeneratesAfterADryRunAndAuditsIt() throws Exception {
		loadOneMoreReturnOf(REGENERATED);
		reports.report(REGENERATED, properties.reportsDir());
		long before = latestReportOf(REGENERATED).getId();

		String dryRun = page(regenerate("ada", "2015-16 Q3", "2015-16 Q3", "all", true));
		assertThat(dryRun).contains("id=\"dry-run\"", "<td>2015-16 Q3</td>", "<td>yes</td>",
				"<td>up to date (execution " + before + ")</td>", "Regenerate now");
		String missingOnly = page(regenerate("ada", "2015-16 Q3", "2015-16 Q3", "missing", true));
		assertThat(missingOnly).contains("<td>no</td>").doesNotContain("Regenerate now");
		assertThat(latestReportOf(REGENERATED).getId()).as("a dry run runs nothing").isEqualTo(before);

		regenerate("ada", "2015-16 Q3", "2015-16 Q3", "all", false)
			.andExpect(redirectedUrl("/runs?job=" + ReportKeys.JOB));
		Patience.await("the regenerated report of 2015-16 Q3 to be audited",
				() -> auditedRuns("ada").stream().anyMatch(outcome -> outcome.equals("2015-16 Q3 COMPLETED")),
				() -> auditedRuns("ada").toString());
		assertThat(latestReportOf(REGENERATED).getId()).isGreaterThan(before);
		assertThat(
				jdbc.queryForList("SELECT outcome FROM console_audit WHERE username = 'ada' AND action = 'REGENERATE'"
						+ " AND target = '2015-16 Q3 (only all)'", String.class))
			.contains("requested: 1 quarter(s) to report");
	}

	@Test
	void refusesARangeBackfillWouldRefuse() throws Exception {
		for (String[] range : List.of(new String[] { "2015-16 Q3", "2015-16 Q2", "is after" },
				new String[] { "2015-16 Q3", "2999-00 Q1", "has not begun yet" },
				new String[] { "next week", "2015-16 Q2", "is not a quarter" })) {
			assertThat(page(regenerate("bob", range[0], range[1], "all", false))).contains(range[2]);
		}
		assertThat(jdbc.queryForList("SELECT outcome FROM console_audit WHERE username = 'bob'", String.class))
			.anyMatch(outcome -> outcome.startsWith("refused:"));
	}

	private ResultActions regenerate(String admin, String from, String to, String only, boolean dryRun)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/quarters/regenerate").param("from", from)
			.param("to", to)
			.param("only", only)
			.with(user(admin).roles("ADMIN"))
			.with(csrf());
		return mvc.perform(dryRun ? request.param("dryRun", "true") : request);
	}

	private static String page(ResultActions result) throws Exception {
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private List<String> auditedRuns(String username) {
		return jdbc.queryForList("SELECT target || ' ' || outcome FROM console_audit WHERE username = ? AND action = "
				+ "'REGENERATE' AND job_execution_id IS NOT NULL", String.class, username);
	}

	/** Loads the areas and one return of the quarter this warehouse does not have yet. */
	private void loadOneMoreReturnOf(FinancialQuarter quarter) throws IOException {
		ingest.ingest(Samples.AREAS);
		Path folder = Samples.INBOX.resolve("bcf").resolve(quarter.yearLabel()).resolve("Q" + quarter.quarter());
		try (Stream<Path> files = Files.list(folder).sorted()) {
			for (Path file : files.toList()) {
				FileOutcome outcome = ingest.ingest(file);
				if (outcome.result() == Result.LOADED || outcome.result() == Result.SUPERSEDES) {
					return;
				}
			}
		}
		throw new AssertionError("every return of " + folder + " was already loaded");
	}

	private JobExecution latestReportOf(FinancialQuarter quarter) {
		return history.allOf(ReportKeys.JOB)
			.stream()
			.filter(e -> quarter.label().equals(e.getJobParameters().getString(ReportKeys.QUARTER)))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<QuarterRow> rowsOf(MvcResult page) {
		return (List<QuarterRow>) page.getModelAndView().getModel().get("rows");
	}

	private static QuarterRow rowOf(MvcResult page, FinancialQuarter quarter) {
		return rowsOf(page).stream().filter(r -> r.quarter().equals(quarter)).findFirst().orElseThrow();
	}

}
