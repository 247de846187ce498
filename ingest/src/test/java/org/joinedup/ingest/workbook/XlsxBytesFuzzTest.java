package org.joinedup.ingest.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes given to both engines as an .xlsx: read whole or rejected, as
 * {@link WholeWorkbook} says. Fuzzing raw zip bytes mostly exercises the zip and package
 * layers; {@link XlsxPartsFuzzTest} reaches the XML inside. Regression inputs are under
 * {@code XlsxBytesFuzzTestInputs}; {@code ./mvnw -Pfuzz verify} fuzzes.
 */
class XlsxBytesFuzzTest {

	@TempDir
	Path dir;

	@FuzzTest
	void readsOrRejectsAnyBytes(byte[] bytes) throws IOException {
		Path file = Files.write(dir.resolve("input.xlsx"), bytes);
		WholeWorkbook.read(file, FileMagic.OOXML, WorkbookEngine.values());
	}

}
