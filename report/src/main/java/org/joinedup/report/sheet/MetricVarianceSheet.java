package org.joinedup.report.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.chart.BarChart;
import org.joinedup.report.query.AreaFigures;
import org.joinedup.report.query.DelayedDays;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;
import org.joinedup.report.table.TablePlacement;

/**
 * A metric with a plan (non-elective admissions, delayed days): per area, baseline, plan
 * and actual for the year to date, the changes, the variance against plan and what it
 * cost at the configured unit cost. The monthly extract's figures for the same subject
 * ({@link #monthly()}) and the national block ({@link #extra()}) have sheets of their
 * own.
 */
public final class MetricVarianceSheet implements ReportSheet {

	private final SheetKit kit;

	private final String sheetName;

	private final String tableName;

	private final String metricCode;

	private static final int CHART_WIDTH = 9;

	private static final int MIN_CHART_ROWS = 20;

	private final String subject;

	private final SummaryFigure unitCost;

	private final List<Column<AreaFigures>> feedColumns;

	private final String feedNote;

	private final ReportSheet monthly;

	private final ReportSheet extra;

	/**
	 * @param feedColumns per-area columns from other feeds (the monthly extract,
	 * episodes), after the plan columns
	 * @param feedNote what the subtitle says of them: empty, or a sentence with a leading
	 * space
	 * @param monthly the monthly table and chart, on a sheet of its own
	 * @param extra a further table of the subject, on a sheet of its own
	 */
	MetricVarianceSheet(SheetKit kit, String sheetName, String tableName, String metricCode, String subject,
			SummaryFigure unitCost, List<Column<AreaFigures>> feedColumns, String feedNote, ReportSheet monthly,
			ReportSheet extra) {
		this.kit = kit;
		this.sheetName = sheetName;
		this.tableName = tableName;
		this.metricCode = metricCode;
		this.subject = subject;
		this.unitCost = unitCost;
		this.feedColumns = feedColumns;
		this.feedNote = feedNote;
		this.monthly = monthly;
		this.extra = extra;
	}

	public static MetricVarianceSheet admissions(SheetKit kit) {
		return new MetricVarianceSheet(kit, "Admissions", "Admissions", "NEA", "Non-elective admissions",
				SummaryFigure.COST_NEA_UNIT,
				List.of(Column.value("Actual (quarter)", CellFormat.COUNT, a -> a.neaEpisodes().quarterActual()),
						Column.value("Emergency episodes (quarter)", CellFormat.COUNT, a -> a.neaEpisodes().episodes()),
						Column
							.<AreaFigures>formula("Actual vs episodes (%)", CellFormat.PERCENT,
									"IF(ISNUMBER({Emergency episodes (quarter)}),"
											+ "{Actual (quarter)}/{Emergency episodes (quarter)}-1,\"\")")
							// only when every area's episodes are loaded
							.totalledAs("IF(AND({Emergency episodes (quarter)}>0,"
									+ "COUNT(Admissions[Emergency episodes (quarter)])=COUNT(Admissions[Actual (quarter)])),"
									+ "{Actual (quarter)}/{Emergency episodes (quarter)}-1,\"\")")),
				" The last columns set the quarter's actual beside the emergency admissions counted from admitted "
						+ "patient episodes (R6) where loaded; more than 5% apart is a warning in Data quality. Sheets "
						+ "EmergencyAdmissions and NonElectiveAdmissions hold the monthly extracts' figures.",
				new MonthlyChartBlock("EmergencyAdmissions", "Emergency admissions per month (A&E extract)",
						"Emergency admissions (via A&E and other) per month from the monthly A&E extract (R3), "
								+ "for England and by NHS parent organisation.",
						ReportData::emergencyAdmissionsByMonth)
					.sheet(kit),
				NonElectiveBlock.sheet(kit));
	}

	public static MetricVarianceSheet delayedTransfers(SheetKit kit) {
		return new MetricVarianceSheet(kit, "Delayed transfers", "DelayedTransfers", "DTOC",
				"Delayed transfers of care (delayed days)", SummaryFigure.COST_DTOC_UNIT,
				List.of(delayedDays("NHS days", DelayedDays::nhs),
						delayedDays("Social care days", DelayedDays::socialCare),
						delayedDays("Both days", DelayedDays::both)),
				" NHS, Social care and Both days: delayed days to date from R2 (each month's LA workbook, or its "
						+ "provider extract when it has none), by the organisation responsible. Sheets DelayedDaysByMonth and "
						+ "DelayedDaysByLocalAuthority hold England per month and every local authority.",
				new MonthlyChartBlock("DelayedDaysByMonth",
						"Delayed days per month by responsible organisation, England",
						"Delayed days per month for England from R2 (each month's LA workbook, or its provider "
								+ "extract when it has none), by the organisation responsible.",
						ReportData::delayedDaysByMonth)
					.sheet(kit),
				LocalAuthorityBlock.sheet(kit));
	}

	private static Column<AreaFigures> delayedDays(String header, Function<DelayedDays, Long> days) {
		return Column.value(header, CellFormat.COUNT, a -> days.apply(a.delayedDays()));
	}

	@Override
	public String name() {
		return sheetName;
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		kit.heading(sheet, subject, data.quarter(),
				"Per area, " + SheetKit.yearToDate(data.quarter())
						+ ". Baseline is the same quarters one year earlier. Cost of variance = variance × "
						+ unitCost.label().toLowerCase() + " (" + unitCost.absoluteReference()
						+ "). Variance vs plan = actual − plan: positive is worse than plan." + feedNote);
		List<Column<AreaFigures>> columns = new ArrayList<>(
				List.of(Column.text("ONS code", a -> a.area().onsCode()), Column.text("Area", a -> a.area().name()),
						Column.value("Baseline", CellFormat.COUNT, a -> a.metric(metricCode).baseline()),
						Column.value("Plan", CellFormat.COUNT, a -> a.metric(metricCode).plan()),
						Column.value("Actual", CellFormat.COUNT, a -> a.metric(metricCode).actual()),
						Column.formula("Planned change", CellFormat.COUNT, "{Plan}-{Baseline}"),
						Column.formula("Actual change", CellFormat.COUNT, "{Actual}-{Baseline}"),
						Column.formula("Variance vs plan", CellFormat.COUNT, "{Actual}-{Plan}"),
						Column.formula("Cost of variance (£)", CellFormat.MONEY,
								"{Variance vs plan}*" + unitCost.absoluteReference())));
		columns.addAll(feedColumns);
		TablePlacement table = kit.tables()
			.write(sheet, SheetKit.TABLE_HEADER_ROW, 0, tableName, columns, data.reportingAreas());
		if (!data.reportingAreas().isEmpty()) {
			varianceChart(sheet, table, data.reportingAreas().size());
		}
	}

	/**
	 * The variance of each area, beside the table: who is above plan, who below, by how
	 * much.
	 */
	private void varianceChart(XSSFSheet sheet, TablePlacement table, int areas) {
		int variance = table.columnIndex("Variance vs plan");
		int area = table.columnIndex("Area");
		int left = table.columnBesideWithGap();
		int top = table.headerRow();
		BarChart.drawVariance(sheet,
				new BarChart.Frame(left, top, left + PrintLayout.chartColumns(sheet, left, CHART_WIDTH),
						top + Math.max(MIN_CHART_ROWS, areas + 4)),
				subject + ": variance vs plan by area (positive: worse than plan)",
				new CellRangeAddress(table.firstDataRow(), table.lastDataRow(), area, area),
				new BarChart.Series(new CellReference(table.headerRow(), variance),
						new CellRangeAddress(table.firstDataRow(), table.lastDataRow(), variance, variance)),
				CellFormat.COUNT.excelFormat());
	}

	@Override
	public String description() {
		return subject + " per area, year to date: baseline, plan, actual, variance against plan and its cost";
	}

	/** The sheet of the monthly extract's figures for the same subject. */
	ReportSheet monthly() {
		return monthly;
	}

	/** The sheet of a further national table of the subject. */
	ReportSheet extra() {
		return extra;
	}

}
