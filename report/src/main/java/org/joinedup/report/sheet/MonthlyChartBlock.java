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
 * A table of figures per month of the year to date, one column per series, on a sheet of
 * its own named after the table, with a native line chart of it beside the table.
 */
record MonthlyChartBlock(String tableName, String chartTitle, String subtitle,
		Function<ReportData, MonthlySeries> figures) {

	private static final int CHART_HEIGHT = 18;

	private static final int CHART_WIDTH = 8;

	/** The sheet, written with {@code kit}. */
	ReportSheet sheet(SheetKit kit) {
		return new WrittenSheet(tableName, chartTitle + ", with a chart", (sheet, data) -> write(kit, sheet, data));
	}

	void write(SheetKit kit, XSSFSheet sheet, ReportData data) {
		MonthlySeries series = figures.apply(data);
		List<Column<LocalDate>> columns = new ArrayList<>();
		columns.add(Column.value("Month", CellFormat.MONTH, month -> month));
		series.series()
			.forEach(name -> columns.add(Column.value(name, CellFormat.COUNT, month -> series.value(month, name))));
		TablePlacement table = kit.tableSheet(sheet, chartTitle + ": " + data.quarter().label() + " and year to date",
				subtitle, tableName, columns, series.months());
		if (series.months().isEmpty()) {
			return;
		}
		int firstColumn = table.firstColumn();
		CellRangeAddress months = new CellRangeAddress(table.firstDataRow(), table.lastDataRow(), firstColumn,
				firstColumn);
		List<LineChart.Series> lines = new ArrayList<>();
		for (String name : series.series()) {
			int column = table.columnIndex(name);
			lines.add(new LineChart.Series(new CellReference(table.headerRow(), column),
					new CellRangeAddress(table.firstDataRow(), table.lastDataRow(), column, column)));
		}
		int left = table.columnBesideWithGap();
		int top = table.headerRow();
		int width = PrintLayout.chartColumns(sheet, left, CHART_WIDTH);
		LineChart.draw(sheet, new BarChart.Frame(left, top, left + width, top + CHART_HEIGHT), chartTitle, months,
				lines);
	}
}
