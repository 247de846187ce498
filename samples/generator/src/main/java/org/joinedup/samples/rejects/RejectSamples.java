package org.joinedup.samples.rejects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.joinedup.samples.area.Area;
import org.joinedup.samples.area.Areas;
import org.joinedup.samples.bcf.BcfDataModel;
import org.joinedup.samples.bcf.BcfReturn;
import org.joinedup.samples.bcf.BcfWorkbookWriter;
import org.joinedup.samples.bcf.BcfWorkbookWriter.Written;
import org.joinedup.samples.bcf.CellMap;
import org.joinedup.samples.bcf.InboxPlan;
import org.joinedup.samples.bcf.Layout;
import org.joinedup.samples.bcf.Metric;
import org.joinedup.samples.bcf.Quarter;
import org.joinedup.samples.io.WorkbookBytes;

/**
 * One bad R1 return per reject rule of formats.md, each otherwise valid (the clean
 * template layout, an area and quarter of the reference), so that it fails for exactly
 * that rule.
 */
public final class RejectSamples {

	private static final String COVER = "cover.";

	private final BcfDataModel model;

	private final List<Reject> rejects = new ArrayList<>();

	private int next;

	private RejectSamples(BcfDataModel model) {
		this.model = model;
	}

	public static List<Reject> build(BcfDataModel model) {
		try {
			return new RejectSamples(model).all();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<Reject> all() throws IOException {
		rejects.add(Reject.file("workbook-encrypted.xlsx", HostileFiles.encrypted(valid()), "workbook-encrypted"));
		rejects.add(Reject.file("workbook-corrupt.xlsx", HostileFiles.truncated(valid(), "xl/worksheets/sheet3.xml"),
				"workbook-corrupt"));
		rejects.add(Reject.file("not-a-workbook.xlsx", HostileFiles.notAWorkbook(), "not-a-workbook"));
		rejects
			.add(Reject.file("zip-bomb.xlsx", HostileFiles.zipBomb(valid(), "xl/worksheets/sheet2.xml"), "zip-bomb"));
		removeSheet("cover-missing", "cover");
		removeSheet("metrics-missing", "metrics");
		coverLabelMissing();
		cell("ons-code-malformed", "FILE", COVER + "ONS code", "E0800008");
		onsCodeUnknown();
		cell("period-unparseable", "FILE", COVER + "Reporting period", "Autumn 2016");
		cell("period-too-early", "FILE", COVER + "Reporting period", "Q4 2013-14");
		cell("period-in-future", "FILE", COVER + "Reporting period", "Q1 2030-31");
		cell("template-version-unsupported", "FILE", COVER + "Template version", "3.0");
		metricMissing();
		cell("metric-value-missing", "RECORD", "metrics.NEA.Plan", null);
		cell("count-negative", "RECORD", "metrics.DTOC.Actual", -42.0);
		cell("count-fractional", "RECORD", "metrics.NEA.Actual", 5123.5);
		cell("count-too-large", "RECORD", "metrics.DTOC.Plan", 150_000_000.0);
		cell("not-a-number", "RECORD", "metrics.RES.Actual", "twelve");
		cell("proportion-out-of-range", "RECORD", "metrics.REA.Plan", 1.2);
		numeratorExceedsDenominator();
		cell("money-negative", "RECORD", "ie.Q1.Actual expenditure (\u00a3)", -25_000.0);
		moneyTooLarge();
		schemeIdDuplicate();
		return rejects;
	}

	private BcfReturn base() {
		int i = next++;
		Area area = Areas.all().get(i % Areas.all().size());
		Quarter q = InboxPlan.QUARTERS.get(2 + (i * 3) % 6);
		return model.returnFor(area, q);
	}

	private byte[] valid() {
		BcfReturn r = base();
		return WorkbookBytes.of(BcfWorkbookWriter.write(r, Layout.standard()).workbook(), r.signedOff());
	}

	private void removeSheet(String rule, String role) {
		BcfReturn r = base();
		Written w = BcfWorkbookWriter.write(r, Layout.standard());
		Workbook wb = w.workbook();
		wb.removeSheetAt(wb.getSheetIndex(w.cells().sheetName(role)));
		add(Reject.file(rule + ".xlsx", null, rule), wb, r);
	}

	private void coverLabelMissing() {
		BcfReturn r = base();
		Written w = BcfWorkbookWriter.write(r, Layout.standard());
		for (String key : List.of("coverlabel.", COVER)) {
			CellMap.Ref ref = w.cells().get(key + "Health and Wellbeing Board");
			var row = w.workbook().getSheet(ref.sheet()).getRow(ref.row());
			row.removeCell(row.getCell(ref.col()));
		}
		String sheet = w.cells().sheetName("cover");
		add(new Reject("cover-label-missing.xlsx", null, "FILE", sheet, "", "", "", "cover-label-missing"),
				w.workbook(), r);
	}

	private void onsCodeUnknown() {
		Area coventry = Areas.byCode("E08000008").withCodeAndName("E08000026", "Coventry");
		BcfReturn r = model.returnFor(coventry, InboxPlan.QUARTERS.get(5));
		next++;
		Written w = BcfWorkbookWriter.write(r, Layout.standard());
		add(at("ons-code-unknown", "FILE", w.cells().get(COVER + "ONS code"), "E08000026"), w.workbook(), r);
	}

	private void metricMissing() {
		BcfReturn r = base();
		r = r.withMetrics(r.metrics().stream().filter(m -> m.metric() != Metric.RES).toList());
		Written w = BcfWorkbookWriter.write(r, Layout.standard());
		add(new Reject("metric-missing.xlsx", null, "RECORD", w.cells().sheetName("metrics"), "", "Metric", "RES",
				"metric-missing"), w.workbook(), r);
	}

	private void numeratorExceedsDenominator() {
		BcfReturn r = base();
		Written w = BcfWorkbookWriter.write(r, Layout.standard());
		long den = r.metric(Metric.REA).denominator();
		set(w, "metrics.REA.Numerator", (double) den + 17);
		set(w, "metrics.REA.Actual", null);
		CellMap.Ref ref = w.cells().get("metrics.REA.Numerator");
		add(at("numerator-exceeds-denominator", "RECORD", ref, plain(den + 17.0)), w.workbook(), r);
	}

	private void moneyTooLarge() {
		BcfReturn r = base();
		Written w = BcfWorkbookWriter.write(r, Layout.standard().savingsTotal(false));
		set(w, "savings.1.Planned savings (\u00a3)", 1_500_000_000.0);
		add(at("money-too-large", "RECORD", w.cells().get("savings.1.Planned savings (\u00a3)"), "1500000000"),
				w.workbook(), r);
	}

	private void schemeIdDuplicate() {
		BcfReturn r = base();
		Written w = BcfWorkbookWriter.write(r, Layout.standard());
		String id = r.schemes().get(0).id();
		set(w, "savings.2.Scheme ID", id);
		add(at("scheme-id-duplicate", "RECORD", w.cells().get("savings.2.Scheme ID"), id), w.workbook(), r);
	}

	private void cell(String rule, String level, String key, Object value) {
		BcfReturn r = base();
		Written w = BcfWorkbookWriter.write(r, Layout.standard());
		set(w, key, value);
		String shown = value == null ? "" : value instanceof Double d ? plain(d) : value.toString();
		add(at(rule, level, w.cells().get(key), shown), w.workbook(), r);
	}

	private static void set(Written w, String key, Object value) {
		CellMap.Ref ref = w.cells().get(key);
		var row = w.workbook().getSheet(ref.sheet()).getRow(ref.row());
		Cell c = row.getCell(ref.col());
		if (value == null) {
			if (c != null) {
				row.removeCell(c);
			}
			return;
		}
		Cell target = c != null ? c : row.createCell(ref.col());
		if (value instanceof Double d) {
			target.setCellValue(d);
		}
		else {
			target.setCellValue(value.toString());
		}
	}

	private static Reject at(String rule, String level, CellMap.Ref ref, String value) {
		return new Reject(rule + ".xlsx", null, level, ref.sheet(), Integer.toString(ref.excelRow()), ref.column(),
				value, rule);
	}

	private void add(Reject withoutBytes, Workbook wb, BcfReturn r) {
		byte[] bytes = WorkbookBytes.of(wb, r.signedOff());
		Reject x = withoutBytes;
		rejects.add(new Reject(x.file(), bytes, x.level(), x.sheet(), x.row(), x.column(), x.value(), x.rule()));
	}

	private static String plain(double d) {
		return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
	}

}
