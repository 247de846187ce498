package org.joinedup.ingest.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.joinedup.ingest.csv.ColumnSpec;
import org.joinedup.ingest.csv.CsvColumn;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.ingest.workbook.Workbook;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detection is shown every file the inbox receives, whatever its bytes. The contract: a
 * sample of any file is taken and every kind of detector answers matched or not; nothing
 * throws, since a detector that throws fails the file's ingest instead of letting the
 * type that reads it reject it with a finding. Regression inputs are under
 * {@code FileSampleFuzzTestInputs}; {@code ./mvnw -Pfuzz verify} fuzzes.
 */
class FileSampleFuzzTest {

	private enum Column implements CsvColumn {

		CODE(new ColumnSpec("Code", true, List.of("Org Code"))), NAME(new ColumnSpec("Name", false, List.of()));

		private final ColumnSpec spec;

		Column(ColumnSpec spec) {
			this.spec = spec;
		}

		@Override
		public ColumnSpec spec() {
			return spec;
		}

	}

	/** One of each kind, looking as far into a file as the return types' detectors do. */
	private static final List<ContentDetector> DETECTORS = List.of(new WorkbookDetector(),
			new WorkbookSheetsDetector(List.of("Cover")), new CsvHeaderDetector(List.of(Column.values()), 3),
			new WorkbookContentDetector(FileSampleFuzzTest::titled));

	@TempDir
	Path dir;

	@FuzzTest
	void detectsAnyBytes(byte[] bytes) throws IOException {
		Path file = Files.write(dir.resolve("input"), bytes);
		try (FileSample sample = FileSample.of(file)) {
			DETECTORS.forEach(detector -> detector.matches(sample));
			sample.leadingRecords(Integer.MAX_VALUE);
		}
	}

	/** Reads the head of every sheet, as the detectors of workbook types do. */
	private static boolean titled(Workbook workbook) {
		return workbook.sheets().stream().anyMatch(FileSampleFuzzTest::titled);
	}

	private static boolean titled(Sheet sheet) {
		try (Stream<Row> rows = sheet.rows()) {
			return rows.takeWhile(row -> row.number() <= 10)
				.anyMatch(row -> row.cells().stream().anyMatch(cell -> TextMatch.same(cell.text(), "Title")));
		}
	}

}
