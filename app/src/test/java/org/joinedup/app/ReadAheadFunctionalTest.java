package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.joinedup.app.cli.Cli;
import org.joinedup.app.ingest.ReadingAhead;
import org.joinedup.app.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Returns read ahead on other threads are still recorded one at a time in receipt order:
 * the samples' workbooks and references ingested reading three files ahead, from a copy
 * of them written in a shuffled order (so the folders list them in another order), leave
 * the warehouse that reading each in turn leaves, submission by submission, supersession
 * and finding by finding, fact by fact.
 */
class ReadAheadFunctionalTest {

	/** What a run recorded, by file name, without identities or times. */
	private static final List<String> WAREHOUSE = List.of("""
			SELECT rf.file_name, s.return_type, s.org_code, s.fin_year, s.quarter, s.period_month, s.status,
			       s.row_count, s.error_count, s.warning_count, later.file_name
			FROM submission s JOIN received_file rf ON rf.id = s.received_file_id
			LEFT JOIN submission s2 ON s2.id = s.superseded_by
			LEFT JOIN received_file later ON later.id = s2.received_file_id
			ORDER BY 1, 2""",
			"""
					SELECT rf.file_name, f.severity, f.sheet, f.row_number, f.column_name, f.rule
					FROM finding f JOIN submission s ON s.id = f.submission_id JOIN received_file rf ON rf.id = s.received_file_id
					ORDER BY 1, 2, 3, 4, 5, 6""",
			"""
					SELECT rf.file_name, m.area_code, m.fin_year, m.quarter, m.metric_code, m.baseline, m.plan, m.actual
					FROM metric_fact m JOIN submission s ON s.id = m.submission_id JOIN received_file rf ON rf.id = s.received_file_id
					ORDER BY 1, 5""",
			"""
					SELECT rf.file_name, x.scheme_id, x.planned_savings, x.achieved_savings
					FROM savings_scheme_fact x JOIN submission s ON s.id = x.submission_id
					JOIN received_file rf ON rf.id = s.received_file_id
					ORDER BY 1, 2""");

	@TempDir
	Path dir;

	@Test
	void readingAheadLeavesTheWarehouseReadingInTurnLeaves() throws IOException {
		List<Path> samples = List.of(Samples.INBOX.resolve("reference"),
				Samples.INBOX.resolve("bcf").resolve("2016-17"), Samples.REJECTS);
		String inTurn = ingestTheWorkbooks(0, samples);
		String ahead = ingestTheWorkbooks(3, shuffledCopy(samples));

		assertThat(inTurn).contains("ACCEPTED").contains("SUPERSEDED").contains("REJECTED");
		assertThat(ahead).isEqualTo(inTurn);
	}

	private List<Path> shuffledCopy(List<Path> folders) throws IOException {
		Path copy = Files.createDirectory(dir.resolve("shuffled"));
		List<Path> files = new ArrayList<>();
		for (Path folder : folders) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter(Files::isRegularFile).forEach(files::add);
			}
		}
		Collections.shuffle(files, new Random(files.size()));
		for (Path file : files) {
			Path target = copy.resolve(Samples.ROOT.relativize(file).toString());
			Files.createDirectories(target.getParent());
			Files.copy(file, target);
		}
		return folders.stream().map(folder -> copy.resolve(Samples.ROOT.relativize(folder).toString())).toList();
	}

	private String ingestTheWorkbooks(int readAhead, List<Path> folders) throws IOException {
		Path home = Files.createDirectory(dir.resolve("read-ahead-" + readAhead));
		// as command-line arguments: they win over application.yml, as the test's
		// settings must
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JoinedupApplication.class).run(
				"--joinedup.home=" + home, "--joinedup.cli.enabled=false", "--joinedup.ingest.quiet-period=0s",
				"--joinedup.ingest.read-ahead.files=" + readAhead)) {
			List<String> ingest = new ArrayList<>(List.of("ingest"));
			folders.forEach(folder -> ingest.add(folder.toString()));
			Cli.Result run = Cli.run(context, ingest.toArray(String[]::new));
			assertThat(run.out()).contains("Ingested");
			long readAheadAndUsed = context.getBean(ReadingAhead.class).handedOver();
			if (readAhead == 0) {
				assertThat(readAheadAndUsed).isZero();
			}
			else {
				assertThat(readAheadAndUsed).as("returns read ahead and used").isGreaterThan(40);
			}
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			StringBuilder warehouse = new StringBuilder();
			for (String query : WAREHOUSE) {
				jdbc.query(query, row -> {
					for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
						warehouse.append(row.getString(column)).append(column == 1 ? ": " : " ");
					}
					warehouse.append('\n');
				});
			}
			return warehouse.toString();
		}
	}

}
