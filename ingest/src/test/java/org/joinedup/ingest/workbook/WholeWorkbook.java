package org.joinedup.ingest.workbook;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.joinedup.ingest.provenance.SourceValue;

/**
 * What the workbook fuzz tests hold both engines to, whatever the file's bytes: the sheet
 * names are read or none are, and the workbook opens and every cell of every visible
 * sheet reads, or the file is rejected with an {@link UnreadableFileException} (at
 * opening or part-way through a sheet), which becomes the finding that rejects it. Any
 * other exception or error would fail the file's ingest.
 */
final class WholeWorkbook {

	private WholeWorkbook() {
	}

	static void read(Path file, FileMagic magic, WorkbookEngine... engines) {
		SheetNames.of(file, magic, WorkbookLimits.DEFAULTS);
		for (WorkbookEngine engine : engines) {
			try (Workbook workbook = engine.open(file)) {
				workbook.sheets().forEach(WholeWorkbook::read);
			}
			catch (UnreadableFileException rejected) {
				// a declared outcome
			}
		}
	}

	private static void read(Sheet sheet) {
		try (Stream<Row> rows = sheet.rows()) {
			rows.forEach(row -> row.cells().forEach(SourceValue::text));
		}
		sheet.row(1);
		sheet.lastRow();
	}

}
