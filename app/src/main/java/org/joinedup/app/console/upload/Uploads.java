package org.joinedup.app.console.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.console.audit.AuditLog;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestKeys;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.transform.load.ReturnMappers;
import org.joinedup.warehouse.ReturnType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes uploaded returns: each is checked by its content before it is stored (a file of
 * no return type is refused and never reaches the inbox), stored in the inbox's
 * {@code uploads} folder, and ingested at once as {@code joinedup ingest} would,
 * reference data first so that returns sent with it are checked against it. Every upload
 * is audited.
 */
@Component
@ConditionalOnWebApplication
class Uploads {

	static final String ACTION = "UPLOAD";

	private final ReturnMappers returns;

	private final IngestRunner runner;

	private final AuditLog audit;

	private final JdbcTemplate jdbc;

	private final Path inbox;

	private final UploadFolder folder;

	Uploads(ReturnMappers returns, IngestRunner runner, AuditLog audit, JdbcTemplate jdbc,
			JoinedupProperties properties) {
		this.returns = returns;
		this.runner = runner;
		this.audit = audit;
		this.jdbc = jdbc;
		this.inbox = properties.inbox().toAbsolutePath().normalize();
		this.folder = new UploadFolder(inbox.resolve("uploads"));
	}

	/** What became of each file, in the order sent. */
	List<UploadResult> receive(String username, List<MultipartFile> files) throws IOException {
		UploadResult[] results = new UploadResult[files.size()];
		List<Stored> stored = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			MultipartFile file = files.get(i);
			String name = UploadFolder.safeName(file.getOriginalFilename());
			Path received = Files.createTempFile("joinedup-upload-", ".part");
			try {
				try (InputStream in = file.getInputStream()) {
					Files.copy(in, received, StandardCopyOption.REPLACE_EXISTING);
				}
				boolean empty = Files.size(received) == 0;
				ReturnType type = empty ? ReturnType.UNKNOWN : returns.detect(received);
				if (type == ReturnType.UNKNOWN) {
					String why = empty ? "The file is empty (0 bytes)" : notAReturn(received, name);
					results[i] = UploadResult.refused(name, why + ". Nothing was stored.");
					audit.record(username, ACTION, name, null, UploadResult.REFUSED + " " + why);
				}
				else {
					stored.add(new Stored(i, name, folder.store(name, received), type.isReference()));
				}
			}
			finally {
				Files.deleteIfExists(received);
			}
		}
		stored.sort(Comparator.comparing(s -> !s.reference()));
		for (Stored s : stored) {
			results[s.index()] = ingest(username, s);
		}
		return Arrays.asList(results);
	}

	/** Why the file is no return, in the words ingesting it would have used. */
	private String notAReturn(Path file, String name) throws IOException {
		return returns.map(file, name).findings().stream().map(Finding::message).findFirst().orElse("Not a return");
	}

	private UploadResult ingest(String username, Stored file) {
		FileOutcome outcome = runner.ingestWritten(file.path());
		Long execution = executionOf(file.path());
		String storedAs = inbox.relativize(file.path()).toString();
		audit.record(username, ACTION, storedAs, execution, outcome.result() + " " + outcome.detail());
		return new UploadResult(file.name(), storedAs, outcome.result().name(), outcome.detail(), execution,
				outcome.findings());
	}

	/**
	 * The ingest job execution that took this file: its path is a job parameter, and an
	 * upload's path is never reused.
	 */
	private Long executionOf(Path file) {
		return jdbc.queryForObject("""
				SELECT MAX(job_execution_id) FROM batch_job_execution_params
				WHERE parameter_name = ? AND parameter_value = ?""", Long.class, IngestKeys.PATH, file.toString());
	}

	private record Stored(int index, String name, Path path, boolean reference) {
	}

}
