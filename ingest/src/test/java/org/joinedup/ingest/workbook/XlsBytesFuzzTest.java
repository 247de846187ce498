package org.joinedup.ingest.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes given as an .xls (an OLE2 container, read by HSSF whichever engine is
 * configured): read whole or rejected, as {@link WholeWorkbook} says. Regression inputs
 * are under {@code XlsBytesFuzzTestInputs}; {@code ./mvnw -Pfuzz verify} fuzzes.
 */
class XlsBytesFuzzTest {

	@TempDir
	Path dir;

	@FuzzTest
	void readsOrRejectsAnyBytes(byte[] bytes) throws IOException {
		Path file = Files.write(dir.resolve("input.xls"), bytes);
		WholeWorkbook.read(file, FileMagic.OLE2, WorkbookEngine.BY_FILE);
	}

}
