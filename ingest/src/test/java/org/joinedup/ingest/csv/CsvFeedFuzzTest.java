package org.joinedup.ingest.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV feed is read by {@link CsvFeedStream}, with a header below title lines or
 * headerless. The contract, as a return type's mapper relies on it: any bytes give rows
 * and findings, or an {@link IOException} (which rejects the file as unreadable); any
 * other exception would fail the file's ingest. Regression inputs are under
 * {@code CsvFeedFuzzTestInputs}; {@code ./mvnw -Pfuzz verify} fuzzes.
 */
class CsvFeedFuzzTest {

	private enum Column implements CsvColumn {

		CODE(new ColumnSpec("Code", true, List.of("Org Code"))), NAME(new ColumnSpec("Name", true, List.of())),
		COUNT(new ColumnSpec("Count", false, List.of("Total")));

		private final ColumnSpec spec;

		Column(ColumnSpec spec) {
			this.spec = spec;
		}

		@Override
		public ColumnSpec spec() {
			return spec;
		}

	}

	private static final Function<CsvRow, List<String>> EVERY_COLUMN = row -> List.of(Column.values())
		.stream()
		.map(column -> row.get(column).text())
		.toList();

	private static final CsvFeedReader<List<String>> WITH_HEADER = new CsvFeedReader<>(List.of(Column.values()),
			EVERY_COLUMN, 3);

	private static final CsvFeedReader<List<String>> HEADERLESS = CsvFeedReader
		.headerless(Map.of(Column.CODE, 0, Column.NAME, 1, Column.COUNT, 9), 12, EVERY_COLUMN);

	@TempDir
	Path dir;

	@FuzzTest
	void readsAnyBytes(byte[] bytes) throws IOException {
		Path file = Files.write(dir.resolve("input.csv"), bytes);
		for (CsvFeedReader<List<String>> reader : List.of(WITH_HEADER, HEADERLESS)) {
			try {
				reader.read(file);
			}
			catch (IOException unreadable) {
				// rejected as unreadable: a declared outcome
			}
		}
	}

}
