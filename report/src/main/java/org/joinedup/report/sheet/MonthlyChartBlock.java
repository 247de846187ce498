package org.joinedup.report.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.chart.BarChart;
import org.joinedup.report.chart.LineChart;
import org.joinedup.report.query.MonthlySeries;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;
import org.joinedup.report.table.TablePlacement;

/**
 * A table of figures per month of the year to date, one column per series, with a native
 * line chart of it below: the monthly extracts' view beside a sheet's per-area table.
 */
record MonthlyChartBlock(String tableName, String chartTitle, Function<ReportData, MonthlySeries> figures) {

	private static final int CHART_HEIGHT = 18;

	void write(SheetKit kit, XSSFSheet sheet, int firstColumn, ReportData data) {
		MonthlySeries series = figures.apply(data);
		List<Column<LocalDate>> columns = new ArrayList<>();
		columns.add(Column.value("Month", CellFormat.MONTH, month -> month));
		series.series()
			.forEach(name -> columns.add(Column.value(name, CellFormat.COUNT, month -> series.value(month, name))));
		TablePlacement table = kit.tables()
			.write(sheet, SheetKit.TABLE_HEADER_ROW, firstColumn, tableName, columns, series.months());
		if (series.months().isEmpty()) {
			return;
		}
		CellRangeAddress months = new CellRangeAddress(table.firstDataRow(), table.lastDataRow(), firstColumn,
				firstColumn);
		List<LineChart.Series> lines = new ArrayList<>();
		for (String name : series.series()) {
			int column = table.columnIndex(name);
			lines.add(new LineChart.Series(new CellReference(table.headerRow(), column),
					new CellRangeAddress(table.firstDataRow(), table.lastDataRow(), column, column)));
		}
		int top = table.lastRow() + 2;
		LineChart.draw(sheet,
				new BarChart.Frame(firstColumn, top, firstColumn + Math.max(6, columns.size()), top + CHART_HEIGHT),
				chartTitle, months, lines);
	}
}
