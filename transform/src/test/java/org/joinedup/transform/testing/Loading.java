package org.joinedup.transform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.joinedup.ingest.registry.FileDigest;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.area.JdbcAreaDirectory;
import org.joinedup.transform.load.FactWriters;
import org.joinedup.transform.load.LoadContext;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.ReturnMappers;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.transform.provider.JdbcProviderDirectory;
import org.joinedup.transform.submission.SubmissionStore;
import org.joinedup.transform.submission.SubmissionSummary;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Loads files into a fresh warehouse as the ingest job does, in one go: register the
 * file, detect and map it through the registry, write its facts through their tables'
 * writers, publish it. The sample returns are the committed ones under
 * {@code samples/inbox}.
 */
public final class Loading {

	private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

	private static final Path INBOX = SAMPLES.resolve("inbox");

	private final JdbcTemplate jdbc = Warehouse.fresh();

	private final SubmissionStore store = new SubmissionStore(jdbc, Clock.systemUTC());

	private final ReturnMappers returns = new ReturnMappers(new LoadContext(new JdbcAreaDirectory(jdbc),
			new JdbcProviderDirectory(jdbc), Clock.systemUTC(), Workbooks.byFile(), 0.001));

	public static Path sample(String pathInInbox) {
		return INBOX.resolve(pathInInbox);
	}

	/** A real published file under {@code samples/real}, as it was published. */
	public static Path real(String pathInReal) {
		return SAMPLES.resolve("real").resolve(pathInReal);
	}

	/**
	 * The sample's areas and providers references loaded, as a nightly loads reference
	 * data first.
	 */
	public static Loading withReferenceData() throws Exception {
		Loading loading = new Loading();
		loading.load(sample("reference/areas.csv"));
		loading.load(sample("reference/providers.csv"));
		return loading;
	}

	public SubmissionSummary load(Path file) throws Exception {
		String name = file.getFileName().toString();
		long fileId = store.registerFile(FileDigest.sha256(file), name, file.toString(), Files.size(file));
		MappedReturn mapped = returns.map(file, name);
		long submissionId = store.open(fileId, mapped, null);
		if (!mapped.rejected()) {
			FactWriters.forSubmission(new NamedParameterJdbcTemplate(jdbc), submissionId)
				.write(new Chunk<>(mapped.facts()));
			store.accept(submissionId);
		}
		return store.summary(submissionId);
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

	public ReturnMappers returns() {
		return returns;
	}

	/** How many rows the submission has in the tables of its type's definition. */
	public int factRows(ReturnTypeDefinition definition, long submissionId) {
		return definition.tables()
			.stream()
			.mapToInt(table -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM " + table.table().sqlName() + " WHERE submission_id = ?", Integer.class,
					submissionId))
			.sum();
	}

}
