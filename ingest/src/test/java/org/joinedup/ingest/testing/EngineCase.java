package org.joinedup.ingest.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Workbook;
import org.joinedup.ingest.testing.WorkbookFiles.Format;
import org.joinedup.ingest.workbook.WorkbookEngine;

/**
 * One engine reading one file format, named after the engine that reads: every workbook
 * reader test runs against each. By file, an .xlsx is streamed and an .xls read by HSSF's
 * usermodel; configuration can force the usermodel on an .xlsx.
 */
public enum EngineCase {

	STREAMING_XLSX(WorkbookEngine.BY_FILE, Format.XLSX), USERMODEL_XLS(WorkbookEngine.BY_FILE, Format.XLS),
	USERMODEL_XLSX(WorkbookEngine.USERMODEL, Format.XLSX);

	private final WorkbookEngine engine;

	private final Format format;

	EngineCase(WorkbookEngine engine, Format format) {
		this.engine = engine;
		this.format = format;
	}

	public WorkbookEngine engine() {
		return engine;
	}

	/**
	 * Writes a workbook in this case's format to {@code dir}, named {@code stem} with the
	 * format's extension.
	 */
	public Path write(Path dir, String stem, Consumer<Workbook> content) throws IOException {
		return WorkbookFiles.write(dir.resolve(stem + (format == Format.XLS ? ".xls" : ".xlsx")), format, content);
	}

}
