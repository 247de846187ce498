package org.joinedup.report.table;

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
		return WorkbookFile.save(target, () -> {
			XSSFWorkbook workbook = NewWorkbook.create();
			ReportStyles styles = new ReportStyles(workbook);
			XSSFSheet sheet = workbook.createSheet(tableName);
			new TableWriter(styles).write(sheet, 0, 0, tableName, columns, rows);
			sheet.createFreezePane(0, 1);
			return workbook;
		});
	}

}
