package org.joinedup.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.reference.AreaColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFeedStreamTest {

	@TempDir
	Path dir;

	@Test
	void handsEachRowOnAsItIsReadAndStopsWhenTheConsumerDoes() throws IOException {
		Path file = Files.writeString(dir.resolve("feed.csv"), "Name\nfirst\nsecond\nthird\n");
		List<String> seen = new ArrayList<>();
		CsvFeedStream<String> stream = CsvFeedStream.withHeader(List.of(AreaColumn.NAME),
				row -> row.get(AreaColumn.NAME).text());

		try {
			stream.read(file, name -> {
				seen.add(name);
				if (name.equals("second")) {
					throw new IllegalStateException("enough");
				}
			}, finding -> {
			});
		}
		catch (IllegalStateException stopped) {
			// the consumer saw rows before the file was read to its end
		}

		assertThat(seen).containsExactly("first", "second");
	}

	@Test
	void readsAHeaderlessFileByPositionAndRejectsRowsWiderThanItsWidth() throws IOException {
		Path file = Files.write(dir.resolve("etr.csv"),
				"RVW,Trust,Y63\n\nRW3,Other,Y62,,\nRX1,Third,Y60,extra\n".getBytes(StandardCharsets.UTF_8));
		List<String> rows = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();

		CsvFeedStream.headerless(Map.of(AreaColumn.ONS_CODE, 0, AreaColumn.REGION, 2), 3,
				row -> row.line() + ":" + row.get(AreaColumn.ONS_CODE).text() + "/" + row.get(AreaColumn.REGION).text())
			.read(file, rows::add, findings::add);

		assertThat(rows).containsExactly("1:RVW/Y63", "3:RW3/Y62");
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(CsvFeedStream.TOO_MANY_FIELDS);
			assertThat(f.row()).isEqualTo(4);
			assertThat(f.value()).isEqualTo("extra");
		});
	}
}
