package org.joinedup.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.Samples;
import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A stop asked for while a workbook is being read (SIGTERM on any command) stops its
 * reading between two rows: the file is neither loaded nor rejected, nothing of it is
 * recorded, and the next ingest reads it again from the start.
 */
@SpringBootTest
class StopWhileReadingTest {

	private static final Path RETURN = Samples.INBOX.resolve("bcf/2016-17/Q4/E08000008-tameside.xlsx");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	IngestRunner ingest;

	@Autowired
	StopAfterChunk stopAfterChunk;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWorkbookWhoseReadingIsStoppedIsLeftUnrecordedAndReadAgainByTheNextIngest() {
		assertThat(ingest.ingest(Samples.AREAS).result()).isEqualTo(FileOutcome.Result.LOADED);

		stopAfterChunk.request();
		FileOutcome stopped = ingest.ingest(RETURN);

		assertThat(stopped.result()).isEqualTo(FileOutcome.Result.FAILED);
		assertThat(stopped.detail()).contains("STOPPED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE file_name = ?", Integer.class,
				RETURN.getFileName().toString()))
			.as("nothing of the file recorded")
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isOne();

		ReflectionTestUtils.setField(stopAfterChunk, "requested", false); // as in the
																			// next
																			// process
		FileOutcome again = ingest.ingest(RETURN);

		assertThat(again.result()).as(again.detail()).isEqualTo(FileOutcome.Result.LOADED);
		assertThat(again.detail()).contains("BCF_QUARTERLY E08000008 Tameside 2016-17 Q4");
	}

}
