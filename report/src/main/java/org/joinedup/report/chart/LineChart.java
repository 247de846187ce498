package org.joinedup.report.chart;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel line chart of several series (columns of a table) against a column of
 * category labels. As with {@link BarChart}, the cells must hold their values when it is
 * drawn.
 */
public final class LineChart {

	/** One line: the cell holding its name and the cells holding its values. */
	public record Series(CellReference name, CellRangeAddress values) {
	}

	public static XSSFChart draw(XSSFSheet sheet, BarChart.Frame frame, String title, CellRangeAddress categories,
			List<Series> lines) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, frame.fromColumn(), frame.fromRow(),
				frame.toColumn(), frame.toRow());
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
		valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		valueAxis.setNumberFormat("#,##0");
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
		var labels = categoryLabels(sheet, categories);
		for (int i = 0; i < lines.size(); i++) {
			Series line = lines.get(i);
			var series = (XDDFLineChartData.Series) data.addSeries(labels,
					XDDFDataSourcesFactory.fromNumericCellRange(sheet, line.values()));
			series.setTitle(BarChart.nameText(sheet, line.name()), BarChart.nameCell(sheet, line.name()));
			series.setSmooth(false);
			series.setMarkerStyle(MarkerStyle.CIRCLE);
			// an explicit line: without one LibreOffice draws every series alike, as
			// markers only
			XDDFLineProperties stroke = new XDDFLineProperties(BarChart.colour(i));
			stroke.setWidth(2.0);
			series.setLineProperties(stroke);
		}
		chart.plot(data);
		BarChart.textSize(chart, BarChart.TEXT_POINTS);
		return chart;
	}

	/**
	 * The category cells as their viewers show them (a month's date cell as "Apr 2016"),
	 * still referring to the cells: a string range would cache nothing for date cells.
	 */
	static XDDFCategoryDataSource categoryLabels(XSSFSheet sheet, CellRangeAddress categories) {
		DataFormatter formatter = new DataFormatter(Locale.UK);
		String[] labels = new String[categories.getNumberOfCells()];
		int i = 0;
		for (int r = categories.getFirstRow(); r <= categories.getLastRow(); r++) {
			for (int c = categories.getFirstColumn(); c <= categories.getLastColumn(); c++) {
				Row row = sheet.getRow(r);
				Cell cell = row == null ? null : row.getCell(c);
				labels[i++] = cell == null ? "" : formatter.formatCellValue(cell);
			}
		}
		return XDDFDataSourcesFactory.fromArray(labels, categories.formatAsString(sheet.getSheetName(), true));
	}

	private LineChart() {
	}

}
