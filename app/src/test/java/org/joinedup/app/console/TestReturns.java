package org.joinedup.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.FailEveryInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Returns that touch nothing another console test relies on (the console tests share one
 * warehouse): a survey of its own, new bytes every time, no reference data needed.
 */
public final class TestReturns {

	private TestReturns() {
	}

	/** A one-answer survey whose name is unique. */
	public static byte[] survey(String label) {
		String survey = "Console test " + label + " " + UUID.randomUUID();
		return ("Survey,Wave,Respondent ID,Organisation type,Role,Question ID,Question,Response\n" + survey
				+ ",2021-11,202111-0001,Community trust,Finance director,LOCAL-SUPPORT,"
				+ "How confident or worried are you about the support for integration in your local system?,Worried\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The sample workbook, saved again with a mark of its own: the same content, new
	 * bytes.
	 */
	public static byte[] marked(Path sample) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(sample)));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.getProperties().getCoreProperties().setDescription(UUID.randomUUID().toString());
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * Ingests a survey whose answers the warehouse refuses: its ingest ends FAILED, and
	 * can be restarted once the refusal is gone. Returns the failed execution's ID.
	 */
	public static long failedIngest(IngestRunner ingest, JdbcTemplate jdbc, Path file) throws IOException {
		Files.write(file, survey("failing"));
		String trigger = "fail_" + UUID.randomUUID().toString().replace("-", "");
		jdbc.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON survey_answer FOR EACH ROW CALL \""
				+ FailEveryInsert.class.getName() + "\"");
		try {
			assertThat(ingest.ingest(file).result()).isEqualTo(FileOutcome.Result.FAILED);
		}
		finally {
			jdbc.execute("DROP TRIGGER " + trigger);
		}
		return jdbc.queryForObject("""
				SELECT MAX(e.job_execution_id) FROM batch_job_execution e
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				WHERE p.parameter_name = 'file.name' AND p.parameter_value = ? AND e.status = 'FAILED'""", Long.class,
				file.getFileName().toString());
	}

}
