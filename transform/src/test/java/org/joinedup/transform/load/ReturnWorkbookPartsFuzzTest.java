package org.joinedup.transform.load;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.joinedup.ingest.testing.XlsxParts;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid .xlsx around fuzzed workbook, styles, shared strings and sheet XML
 * ({@link XlsxParts}), through the workbook types' detectors, readers, rules and mappers
 * and into the warehouse, held to {@link IngestContract}: raw zip bytes seldom get past
 * the package to the readers. Regression inputs (returns of each workbook type, in
 * {@link XlsxParts}'s form) are under {@code ReturnWorkbookPartsFuzzTestInputs};
 * {@code ./mvnw -Pfuzz verify} fuzzes.
 */
class ReturnWorkbookPartsFuzzTest {

	@TempDir
	Path dir;

	@FuzzTest
	void loadsOrRejectsAnyWorkbookParts(byte[] parts) throws Exception {
		IngestContract.ingest(Files.write(dir.resolve("return.xlsx"), XlsxParts.zip(parts)));
	}

}
