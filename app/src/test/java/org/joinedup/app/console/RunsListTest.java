package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The runs list over many executions of a job of its own ({@code listTestJob}): newest
 * first, 50 to a page, filtered by job, status, date, file and quarter, and a failed run
 * that has since succeeded says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunsListTest extends ConsoleTestSupport {

	private static final String JOB = "listTestJob";

	private static final long FIRST = 900_000;

	private static final LocalDateTime DAY = LocalDateTime.of(2026, 3, 1, 2, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * 120 executions, one a day from 1 March 2026: the even ones of quarter 2016-17 Q4
	 * and file "even-N.csv", every tenth FAILED, each failure of 2016-17 Q4 followed a
	 * day later by a COMPLETED run of the same quarter.
	 */
	@BeforeAll
	void recordExecutions() {
		for (int i = 0; i < 120; i++) {
			long id = FIRST + i;
			jdbc.update(
					"INSERT INTO batch_job_instance (job_instance_id, version, job_name, job_key) VALUES (?, 0, ?, ?)",
					id, JOB, "key-" + id);
			Timestamp at = Timestamp.valueOf(DAY.plusDays(i));
			jdbc.update(
					"""
							INSERT INTO batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time,
							                                 end_time, status, exit_code, exit_message, last_updated)
							VALUES (?, 0, ?, ?, ?, ?, ?, ?, '', ?)""",
					id, id, at, at, at, i % 10 == 0 ? "FAILED" : "COMPLETED", i % 10 == 0 ? "FAILED" : "COMPLETED", at);
			parameter(id, "quarter", i % 2 == 0 ? "2016-17 Q4" : "2015-16 Q1");
			if (i % 2 == 0) {
				parameter(id, "file.name", "even-" + i + ".csv");
			}
		}
	}

	@Test
	void listsNewestFirstFiftyToAPage() throws Exception {
		Document first = page("/runs?job=" + JOB);
		assertThat(first.select("p.count").text()).contains("120 run(s)", "page 1 of 3");
		assertThat(ids(first)).hasSize(50).first().isEqualTo(String.valueOf(FIRST + 119));
		Document last = page("/runs?job=" + JOB + "&page=3");
		assertThat(ids(last)).hasSize(20).last().isEqualTo(String.valueOf(FIRST));
		assertThat(last.select("a[rel=next]")).isEmpty();
		assertThat(last.select("a[rel=prev]").attr("href")).contains("job=" + JOB, "page=2");
	}

	@Test
	void filtersByStatusDatesFileAndQuarter() throws Exception {
		assertThat(count("/runs?job=" + JOB + "&status=FAILED")).isEqualTo(12);
		assertThat(count("/runs?job=" + JOB + "&from=2026-03-01&to=2026-03-10")).isEqualTo(10);
		assertThat(count("/runs?job=" + JOB + "&file=EVEN-1"))
			.as("part of a name, any case: even-10 to even-18 and even-100 to even-118")
			.isEqualTo(5 + 10);
		assertThat(count("/runs?job=" + JOB + "&quarter=Q4 2016-17")).as("any spelling of the quarter").isEqualTo(60);
		assertThat(page("/runs?job=" + JOB + "&quarter=spring").select("p.error").text())
			.contains("'spring' is not a quarter");
	}

	@Test
	void aFailedRunSaysItHasSinceSucceeded() throws Exception {
		Document failed = page("/runs?job=" + JOB + "&status=FAILED&quarter=2016-17 Q4");
		assertThat(failed.select("#runs tbody tr")).hasSize(12)
			.allSatisfy(row -> assertThat(row.text()).contains("succeeded since"));
		assertThat(failed.select("#runs tbody tr").last().select("a").last().attr("href"))
			.isEqualTo("/runs/" + (FIRST + 2));
	}

	private void parameter(long execution, String name, String value) {
		jdbc.update("""
				INSERT INTO batch_job_execution_params (job_execution_id, parameter_name, parameter_type,
				                                        parameter_value, identifying)
				VALUES (?, ?, 'java.lang.String', ?, 'Y')""", execution, name, value);
	}

	private long count(String url) throws Exception {
		String text = page(url).select("p.count").text();
		return Long.parseLong(text.substring(0, text.indexOf(' ')).replace(",", ""));
	}

	private static java.util.List<String> ids(Document page) {
		return page.select("#runs tbody tr td:first-child").eachText();
	}

	private Document page(String url) throws Exception {
		String html = mvc.perform(get(url).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
