package org.joinedup.ingest.workbook;

import org.joinedup.ingest.testing.WorkbookFiles.Format;

/** One engine reading one file format: every workbook test runs against each. */
enum EngineCase {

	USERMODEL_XLSX(WorkbookEngine.USERMODEL, Format.XLSX),
	USERMODEL_XLS(WorkbookEngine.USERMODEL, Format.XLS),
	STREAMING_XLSX(WorkbookEngine.STREAMING, Format.XLSX);

	final WorkbookEngine engine;

	final Format format;

	EngineCase(WorkbookEngine engine, Format format) {
		this.engine = engine;
		this.format = format;
	}

	String fileName(String stem) {
		return stem + (format == Format.XLS ? ".xls" : ".xlsx");
	}
}
