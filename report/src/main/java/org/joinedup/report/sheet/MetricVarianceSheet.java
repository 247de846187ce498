package org.joinedup.report.sheet;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.AreaFigures;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;

/**
 * A metric with a plan (non-elective admissions, delayed days): per area, baseline, plan and actual for the
 * year to date, the changes, the variance against plan and what it cost at the configured unit cost.
 */
public final class MetricVarianceSheet implements ReportSheet {

	private final SheetKit kit;
	private final String sheetName;
	private final String tableName;
	private final String metricCode;
	private final String subject;
	private final SummaryFigure unitCost;
	private final List<String> laterColumns;

	/**
	 * @param laterColumns headers of columns that a later feed fills; written empty so the table's shape is stable
	 */
	public MetricVarianceSheet(SheetKit kit, String sheetName, String tableName, String metricCode, String subject,
			SummaryFigure unitCost, List<String> laterColumns) {
		this.kit = kit;
		this.sheetName = sheetName;
		this.tableName = tableName;
		this.metricCode = metricCode;
		this.subject = subject;
		this.unitCost = unitCost;
		this.laterColumns = laterColumns;
	}

	public static MetricVarianceSheet admissions(SheetKit kit) {
		return new MetricVarianceSheet(kit, "Admissions", "Admissions", "NEA", "Non-elective admissions",
				SummaryFigure.COST_NEA_UNIT, List.of());
	}

	public static MetricVarianceSheet delayedTransfers(SheetKit kit) {
		return new MetricVarianceSheet(kit, "Delayed transfers", "DelayedTransfers", "DTOC",
				"Delayed transfers of care (delayed days)", SummaryFigure.COST_DTOC_UNIT,
				List.of("NHS days", "Social care days", "Both days"));
	}

	@Override
	public String name() {
		return sheetName;
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		kit.heading(sheet, subject, data.quarter(), "Per area, " + SheetKit.yearToDate(data.quarter())
				+ ". Baseline is the same quarters one year earlier. Cost of variance = variance × "
				+ unitCost.label().toLowerCase() + " (" + unitCost.absoluteReference() + ").");
		List<Column<AreaFigures>> columns = new ArrayList<>(List.of(
				Column.text("ONS code", a -> a.area().onsCode()),
				Column.text("Area", a -> a.area().name()),
				Column.value("Baseline", CellFormat.COUNT, a -> a.metric(metricCode).baseline()),
				Column.value("Plan", CellFormat.COUNT, a -> a.metric(metricCode).plan()),
				Column.value("Actual", CellFormat.COUNT, a -> a.metric(metricCode).actual()),
				Column.formula("Planned change", CellFormat.COUNT, "{Plan}-{Baseline}"),
				Column.formula("Actual change", CellFormat.COUNT, "{Actual}-{Baseline}"),
				Column.formula("Variance vs plan", CellFormat.COUNT, "{Actual}-{Plan}"),
				Column.formula("Cost of variance (£)", CellFormat.MONEY,
						"{Variance vs plan}*" + unitCost.absoluteReference())));
		laterColumns.forEach(header -> columns.add(Column.value(header, CellFormat.COUNT, a -> null)));
		kit.tables().write(sheet, SheetKit.TABLE_HEADER_ROW, 0, tableName, columns, data.reportingAreas());
	}
}
