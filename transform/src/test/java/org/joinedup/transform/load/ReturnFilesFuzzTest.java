package org.joinedup.transform.load;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes, as a file dropped in the inbox, through every return type's detector,
 * reader, rules and mapper and into the warehouse, held to {@link IngestContract}.
 * Regression inputs (small CSVs and workbooks of every type) are under
 * {@code ReturnFilesFuzzTestInputs}; {@code ./mvnw -Pfuzz verify} fuzzes.
 */
class ReturnFilesFuzzTest {

	@TempDir
	Path dir;

	@FuzzTest
	void loadsOrRejectsAnyFile(byte[] bytes) throws Exception {
		IngestContract.ingest(Files.write(dir.resolve("return"), bytes));
	}

}
