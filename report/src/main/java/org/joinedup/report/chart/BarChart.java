package org.joinedup.report.chart;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel column chart of one row of figures against a row of category labels. The cells must hold
 * their values (or cached formula results) when the chart is drawn: POI copies them into the chart's cache,
 * which is what viewers that do not recalculate show.
 */
public final class BarChart {

	/** Where to draw, in cells: columns and rows from (inclusive) to (exclusive), 0-based. */
	public record Frame(int fromColumn, int fromRow, int toColumn, int toRow) {
	}

	public static XSSFChart draw(XSSFSheet sheet, Frame frame, String title, CellRangeAddress categories,
			CellReference seriesName, CellRangeAddress values) {
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
		valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
		valueAxis.setNumberFormat("#,##0");
		valueAxis.setMinimum(0); // bars that start at zero, so that differences are not exaggerated

		XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
		XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet, values);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
		data.setBarDirection(BarDirection.COL);
		data.setVaryColors(false);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, numbers);
		// Without an explicit fill some viewers (LibreOffice) draw the bars invisible.
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
		series.setTitle(sheet.getRow(seriesName.getRow()).getCell(seriesName.getCol()).getStringCellValue(),
				seriesName);
		chart.plot(data);
		return chart;
	}

	private BarChart() {
	}
}
