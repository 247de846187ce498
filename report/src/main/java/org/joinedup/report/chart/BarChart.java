package org.joinedup.report.chart;

import java.util.List;

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
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;

/**
 * A native Excel column chart of one or more series of figures against a range of
 * category labels, side by side. The cells must hold their values (or cached formula
 * results) when the chart is drawn: POI copies them into the chart's cache, which is what
 * viewers that do not recalculate show.
 */
public final class BarChart {

	/**
	 * Where to draw, in cells: columns and rows from (inclusive) to (exclusive), 0-based.
	 */
	public record Frame(int fromColumn, int fromRow, int toColumn, int toRow) {
	}

	/** A series: the cell holding its name, and its figures. */
	public record Series(CellReference name, CellRangeAddress values) {
	}

	private static final PresetColor[] COLOURS = { PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
			PresetColor.SEA_GREEN, PresetColor.GOLDENROD, PresetColor.FIREBRICK, PresetColor.SLATE_GRAY };

	/** The fill of the i-th series, the same in every chart. */
	static XDDFSolidFillProperties colour(int i) {
		return new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length]));
	}

	/**
	 * The series name as a reference that names its sheet: without the sheet, LibreOffice
	 * shows the reference itself ("O4") in the legend.
	 */
	static CellReference nameCell(XSSFSheet sheet, CellReference name) {
		return new CellReference(sheet.getSheetName(), name.getRow(), name.getCol(), true, true);
	}

	static String nameText(XSSFSheet sheet, CellReference name) {
		return sheet.getRow(name.getRow()).getCell(name.getCol()).getStringCellValue();
	}

	/**
	 * @param numberFormat the value axis's Excel number format, e.g. {@code #,##0} or
	 * {@code 0%}
	 */
	/**
	 * The size of a chart's text (axis labels, legend): the 10 pt of the sheets' smaller
	 * text, so that a sheet fitted to a page keeps it readable.
	 */
	public static final int TEXT_POINTS = 10;

	/** Sets the default size of the chart's text, which viewers otherwise choose. */
	static void textSize(XSSFChart chart, int points) {
		CTChartSpace space = chart.getCTChartSpace();
		CTTextBody text = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
		if (text.getBodyPr() == null) {
			text.addNewBodyPr();
		}
		CTTextParagraph paragraph = text.sizeOfPArray() > 0 ? text.getPArray(0) : text.addNewP();
		CTTextParagraphProperties properties = paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr();
		(properties.isSetDefRPr() ? properties.getDefRPr() : properties.addNewDefRPr()).setSz(points * 100);
	}

	public static XSSFChart draw(XSSFSheet sheet, Frame frame, String title, CellRangeAddress categories,
			List<Series> seriesList, String numberFormat) {
		return draw(sheet, frame, title, categories, seriesList, numberFormat, BarDirection.COL, true);
	}

	/**
	 * Horizontal bars of a variance per category, to the right of zero above plan and to
	 * the left below: one bar for each of many categories (areas) stays readable.
	 */
	public static XSSFChart drawVariance(XSSFSheet sheet, Frame frame, String title, CellRangeAddress categories,
			Series variance, String numberFormat) {
		XSSFChart chart = draw(sheet, frame, title, categories, List.of(variance), numberFormat, BarDirection.BAR,
				false);
		chart.deleteLegend();
		return chart;
	}

	private static XSSFChart draw(XSSFSheet sheet, Frame frame, String title, CellRangeAddress categories,
			List<Series> seriesList, String numberFormat, BarDirection direction, boolean fromZero) {
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
		valueAxis.setNumberFormat(numberFormat);
		if (fromZero) {
			valueAxis.setMinimum(0); // bars that start at zero, so that differences are
										// not
										// exaggerated
		}

		XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
		data.setBarDirection(direction);
		data.setVaryColors(false);
		for (int i = 0; i < seriesList.size(); i++) {
			Series given = seriesList.get(i);
			XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					given.values());
			XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, numbers);
			// Without an explicit fill some viewers (LibreOffice) draw the bars
			// invisible.
			series.setFillProperties(colour(i));
			series.setTitle(nameText(sheet, given.name()), nameCell(sheet, given.name()));
		}
		chart.plot(data);
		textSize(chart, TEXT_POINTS);
		return chart;
	}

	private BarChart() {
	}

}
