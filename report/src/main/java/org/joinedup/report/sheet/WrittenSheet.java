package org.joinedup.report.sheet;

import java.util.function.BiConsumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.ReportData;

/** A sheet given by its name, its line on the Contents sheet and how it is written. */
record WrittenSheet(String name, String description, BiConsumer<XSSFSheet, ReportData> writer) implements ReportSheet {

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		writer.accept(sheet, data);
	}

}
