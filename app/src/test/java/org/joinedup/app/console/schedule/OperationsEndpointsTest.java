package org.joinedup.app.console.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.joinedup.app.console.ConsoleTestSupport;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Health is open to local monitoring and shows the database and the scheduler; the
 * Prometheus metrics need sign-in and include Spring Batch's own observations and the
 * files counted by outcome.
 */
class OperationsEndpointsTest extends ConsoleTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestRunner ingest;

	@Test
	void healthShowsTheDatabaseAndTheSchedulerWithoutSignIn() throws Exception {
		String health = mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(health).contains("\"status\":\"UP\"")
			.contains("\"db\"")
			.contains("\"scheduler\"")
			// a serving process never becomes "ready": the probes would say
			// OUT_OF_SERVICE
			.doesNotContain("readinessState");
		String detailed = mvc.perform(get("/actuator/health").with(user("val").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detailed).contains("\"cron\"").contains("Europe/London").contains("\"served\"");
	}

	@Test
	void metricsCountBatchJobsAndFilesByOutcome() throws Exception {
		Path file = Files.createTempDirectory(home, "metrics-").resolve("ae-not-a-number.csv");
		Files.copy(Samples.REJECTS.resolve("ae-not-a-number.csv"), file);
		// bytes of its own, so that it is not a duplicate of another test's copy
		Files.writeString(file, "\n", StandardOpenOption.APPEND);
		assertThat(ingest.ingest(file).result()).isEqualTo(FileOutcome.Result.REJECTED);
		String metrics = mvc.perform(get("/actuator/prometheus").with(user("val").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(metrics).contains("spring_batch_job_seconds_count{")
			.contains("spring_batch_step_seconds_count{")
			.containsPattern("joinedup_files_total\\{[^}]*outcome=\"rejected\"");
	}

}
