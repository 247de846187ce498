package org.joinedup.report.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class NewWorkbookTest {

	@Test
	void theStylesheetHasTheBuiltInNormalStyle() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = NewWorkbook.create()) {
			workbook.createSheet("S").createRow(0).createCell(0).setCellValue("x");
			workbook.createCellStyle();
			workbook.write(bytes);
		}
		String styles = part(bytes.toByteArray(), "xl/styles.xml");
		assertThat(styles).contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>");
		assertThat(styles.indexOf("<cellStyles")).isGreaterThan(styles.indexOf("</cellXfs>"));
	}

	private static String part(byte[] zip, String name) throws Exception {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no " + name);
	}

}
