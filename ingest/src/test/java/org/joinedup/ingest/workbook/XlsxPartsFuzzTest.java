package org.joinedup.ingest.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.joinedup.ingest.testing.XlsxParts;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid .xlsx package around fuzzed workbook, styles, shared strings and sheet XML
 * ({@link XlsxParts}), given to both engines: read whole or rejected, as
 * {@link WholeWorkbook} says. This is what reaches the XML parsing that raw zip bytes
 * rarely get to. Regression inputs are under {@code XlsxPartsFuzzTestInputs}, in
 * {@link XlsxParts}'s form; {@code ./mvnw -Pfuzz verify} fuzzes.
 */
class XlsxPartsFuzzTest {

	@TempDir
	Path dir;

	@FuzzTest
	void readsOrRejectsAnyPartXml(byte[] parts) throws IOException {
		Path file = Files.write(dir.resolve("input.xlsx"), XlsxParts.zip(parts));
		WholeWorkbook.read(file, FileMagic.OOXML, WorkbookEngine.values());
	}

}
