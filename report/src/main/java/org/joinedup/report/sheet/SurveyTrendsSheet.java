package org.joinedup.report.sheet;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;

/** Leadership survey answers by wave. The survey feed (R4) is not loaded yet: the table keeps its shape, empty. */
public final class SurveyTrendsSheet implements ReportSheet {

	private final SheetKit kit;

	public SurveyTrendsSheet(SheetKit kit) {
		this.kit = kit;
	}

	@Override
	public String name() {
		return "Survey trends";
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		kit.heading(sheet, "Leadership survey trends", data.quarter(),
				"No survey returns have been loaded: this table fills once the leadership survey feed is taken in.");
		List<Column<Object>> columns = List.of(
				Column.text("Survey", row -> null),
				Column.text("Wave", row -> null),
				Column.text("Question ID", row -> null),
				Column.text("Question", row -> null),
				Column.text("Answer", row -> null),
				Column.value("Respondents", CellFormat.COUNT, row -> null),
				Column.value("Share (%)", CellFormat.PERCENT, row -> null));
		kit.tables().write(sheet, SheetKit.TABLE_HEADER_ROW, 0, "SurveyTrends", columns, List.of());
	}
}
