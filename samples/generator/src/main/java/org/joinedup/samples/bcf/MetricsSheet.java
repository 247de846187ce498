package org.joinedup.samples.bcf;

import static org.joinedup.samples.bcf.CellWriter.cell;
import static org.joinedup.samples.bcf.CellWriter.text;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Metrics sheet: a title, a note, the header on the layout's row, then one row per
 * national metric.
 */
final class MetricsSheet {

	static final String[] HEADER = { "Metric", "Baseline", "Plan", "Actual", "Numerator", "Denominator", "Commentary" };

	private MetricsSheet() {
	}

	static void write(WriteContext x) {
		BcfReturn ret = x.ret();
		Layout layout = x.layout();
		CellWriter values = x.values();
		Sheet s = x.sheet(1, "metrics");
		x.title(s, 0, "National metrics: " + ret.area().name() + ", " + ret.period().format(layout.period), 6);
		text(s, 1, 0, "Baseline is the same quarter one year earlier. For reablement give the numerator and "
				+ "denominator; the actual is their ratio.");
		int h = layout.metricsHeaderRow;
		for (int r = 2; r < h; r++) {
			if (layout.styledEmptyRows) {
				x.styledEmpty(s, r, 0, 6);
			}
		}
		for (int c = 0; c < HEADER.length; c++) {
			Cell hc = cell(s, h, c);
			hc.setCellValue(HEADER[c]);
			hc.setCellStyle(x.styles().header);
		}
		int row = h + 1;
		for (MetricLine m : ret.metrics()) {
			cell(s, row, 0).setCellValue(layout.metricNames ? m.metric().fullName() : m.metric().name());
			for (int c = 1; c <= 5; c++) {
				x.map().put("metrics." + m.metric() + "." + HEADER[c], s.getSheetName(), row, c);
			}
			if (m.metric().isCount()) {
				values.count(cell(s, row, 1), asLong(m.baseline()));
				values.count(cell(s, row, 2), asLong(m.plan()));
				values.count(cell(s, row, 3), asLong(m.actual()));
				values.notReported(cell(s, row, 4));
				values.notReported(cell(s, row, 5));
			}
			else {
				values.proportion(cell(s, row, 1), asDouble(m.baseline()));
				values.proportion(cell(s, row, 2), asDouble(m.plan()));
				values.count(cell(s, row, 4), m.numerator());
				values.count(cell(s, row, 5), m.denominator());
				reaActual(x, cell(s, row, 3), m, row);
			}
			text(s, row, 6, m.commentary());
			row++;
		}
		s.setColumnWidth(0, 48 * 256);
		s.setColumnWidth(6, 50 * 256);
	}

	/**
	 * REA actual: a live {@code =E/F} formula where numerator and denominator are numeric
	 * cells.
	 */
	private static void reaActual(WriteContext x, Cell c, MetricLine m, int row) {
		if (m.actual() == null) {
			return;
		}
		if (x.values().numericMoney() && m.numerator() != null && m.denominator() != null) {
			c.setCellFormula("E" + (row + 1) + "/F" + (row + 1));
			c.setCellStyle(x.styles().percent);
		}
		else {
			x.values().proportion(c, m.actual().doubleValue());
		}
	}

	private static Long asLong(Number n) {
		return n == null ? null : n.longValue();
	}

	private static Double asDouble(Number n) {
		return n == null ? null : n.doubleValue();
	}

}
