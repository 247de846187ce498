package org.joinedup.ingest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.ingest.workbook.WorkbookEngine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The structure-aware fuzz tests only reach the XML if the package around it is valid.
 */
class XlsxPartsTest {

	private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(WorkbookEngine.class)
	void buildsAPackageEitherEngineReadsThePartsOf(WorkbookEngine engine) throws IOException {
		byte[] input = XlsxParts.input(XlsxParts.workbook("Cover", "Metrics"), "",
				"<sst " + MAIN + "><si><t>ONS code</t></si></sst>",
				"<worksheet " + MAIN + "><sheetData><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
						+ "<c r=\"B2\"><v>42</v></c></row></sheetData></worksheet>",
				"<worksheet " + MAIN + "><sheetData/></worksheet>");
		Path file = Files.write(dir.resolve("parts.xlsx"), XlsxParts.zip(input));

		try (Workbook workbook = engine.open(file)) {
			assertThat(workbook.sheets()).extracting(Sheet::name).containsExactly("Cover", "Metrics");
			assertThat(workbook.sheets().get(0).row(2).cells()).extracting(SourceValue::value)
				.containsExactly("ONS code", 42.0);
		}
	}

}
