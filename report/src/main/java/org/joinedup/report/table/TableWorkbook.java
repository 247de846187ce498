package org.joinedup.report.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.file.NewWorkbook;
import org.joinedup.report.file.WorkbookFile;
import org.joinedup.report.style.ReportStyles;

/** A workbook of one sheet holding one Excel table, e.g. a list to send to someone. */
public final class TableWorkbook {

	private TableWorkbook() {
	}

	public static <R> Path save(Path target, String tableName, List<Column<R>> columns, List<R> rows) {
		return WorkbookFile.save(target, () -> build(tableName, columns, rows));
	}

	/** Writes the workbook to {@code out}, e.g. a download, leaving it open. */
	public static <R> void write(OutputStream out, String tableName, List<Column<R>> columns, List<R> rows)
			throws IOException {
		try (XSSFWorkbook workbook = build(tableName, columns, rows)) {
			workbook.write(out);
		}
	}

	private static <R> XSSFWorkbook build(String tableName, List<Column<R>> columns, List<R> rows) {
		XSSFWorkbook workbook = NewWorkbook.create();
		ReportStyles styles = new ReportStyles(workbook);
		XSSFSheet sheet = workbook.createSheet(tableName);
		new TableWriter(styles).write(sheet, 0, 0, tableName, columns, rows);
		sheet.createFreezePane(0, 1);
		return workbook;
	}

}
