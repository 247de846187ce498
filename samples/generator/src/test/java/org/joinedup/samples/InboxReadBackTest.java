package org.joinedup.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.samples.Tolerant.norm;
import static org.joinedup.samples.Tolerant.number;
import static org.joinedup.samples.Tolerant.text;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.samples.bcf.BcfDataModel;
import org.joinedup.samples.bcf.BcfReturn;
import org.joinedup.samples.bcf.IncomeExpenditureLine;
import org.joinedup.samples.bcf.InboxPlan;
import org.joinedup.samples.bcf.Metric;
import org.joinedup.samples.bcf.MetricLine;
import org.joinedup.samples.bcf.Scheme;
import org.joinedup.samples.bcf.Submission;
import org.junit.jupiter.api.Test;

/**
 * Reads every committed inbox workbook back the way formats.md describes and checks it
 * says exactly what the model (and so the expected figures) says, within the places
 * formats.md allows (labels in the first 40 rows and columns A-D, Metrics header in the
 * first 20 rows, and so on).
 */
class InboxReadBackTest {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@Test
	void everyInboxWorkbookSaysWhatTheModelSays() throws Exception {
		List<Submission> inbox = InboxPlan.submissions(new BcfDataModel(SampleGenerator.SEED));
		assertThat(inbox).hasSizeGreaterThanOrEqualTo(97);
		int xls = 0;
		int date1904 = 0;
		for (Submission s : inbox) {
			File f = ROOT.resolve(s.path()).toFile();
			try (Workbook wb = WorkbookFactory.create(f, null, true)) {
				xls += wb instanceof XSSFWorkbook ? 0 : 1;
				date1904 += wb instanceof XSSFWorkbook x && x.isDate1904() ? 1 : 0;
				check(s.content(), wb, s.path());
			}
			catch (AssertionError | RuntimeException e) {
				throw new AssertionError(s.path() + ": " + e.getMessage(), e);
			}
		}
		assertThat(xls).isGreaterThanOrEqualTo(1);
		assertThat(date1904).isEqualTo(1);
	}

	private void check(BcfReturn r, Workbook wb, String path) {
		Map<String, Sheet> sheets = new HashMap<>();
		for (int i = 0; i < wb.getNumberOfSheets(); i++) {
			if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
				sheets.put(norm(wb.getSheetName(i)), wb.getSheetAt(i));
			}
		}
		assertThat(wb.getNumberOfSheets()).isEqualTo(sheets.size() + 1);
		assertThat(sheets.keySet()).contains("cover", "metrics", "income and expenditure", "savings", "narrative",
				"guidance", "checklist");
		cover(r, sheets.get("cover"));
		metrics(r, sheets.get("metrics"));
		incomeExpenditure(r, sheets.get("income and expenditure"), path);
		savings(r, sheets.get("savings"));
		assertThat(text(sheets.get("narrative").getRow(2).getCell(0))).isEqualTo(r.narrative());
	}

	private void cover(BcfReturn r, Sheet s) {
		Map<String, Cell> values = new HashMap<>();
		for (int row = 0; row < 40; row++) {
			Row x = s.getRow(row);
			for (int col = 0; x != null && col < 4; col++) {
				String label = norm(text(x.getCell(col)));
				for (int v = col + 1; !label.isEmpty() && v <= x.getLastCellNum(); v++) {
					if (!text(x.getCell(v)).isBlank()) {
						values.putIfAbsent(label, x.getCell(v));
						break;
					}
				}
			}
		}
		assertThat(text(values.get("health and wellbeing board"))).isEqualTo(r.area().name());
		Cell code = values.getOrDefault("ons code", values.getOrDefault("hwb code", values.get("gss code")));
		assertThat(text(code)).isEqualTo(r.area().onsCode());
		Cell period = values.getOrDefault("reporting period", values.get("quarter"));
		assertThat(Tolerant.period(text(period))).isEqualTo(r.period());
		assertThat(text(values.get("template version")).charAt(0)).isIn('1', '2');
		assertThat(signOff(values.get("date signed off"))).isEqualTo(r.signedOff());
	}

	private static LocalDate signOff(Cell c) {
		if (c.getCellType() == CellType.NUMERIC) {
			return DateUtil
				.getJavaDate(c.getNumericCellValue(),
						c.getSheet().getWorkbook() instanceof XSSFWorkbook x && x.isDate1904())
				.toInstant()
				.atZone(java.time.ZoneId.systemDefault())
				.toLocalDate();
		}
		String t = c.getStringCellValue();
		return t.contains("/") ? LocalDate.parse(t, DateTimeFormatter.ofPattern("dd/MM/yyyy")) : LocalDate.parse(t);
	}

	private void metrics(BcfReturn r, Sheet s) {
		int header = headerRow(s, 20, "metric", "plan", "actual");
		Map<String, Integer> col = columns(s.getRow(header));
		int found = 0;
		for (int row = header + 1; row <= s.getLastRowNum(); row++) {
			String name = norm(text(cell(s, row, col.get("metric"))));
			for (Metric m : Metric.values()) {
				if (name.equals(norm(m.name())) || name.equals(norm(m.fullName()))) {
					found++;
					MetricLine want = r.metric(m);
					assertThat(number(cell(s, row, col.get("plan"))).doubleValue()).as(m + " plan")
						.isCloseTo(want.plan().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
					assertThat(number(cell(s, row, col.get("baseline"))).doubleValue()).as(m + " baseline")
						.isCloseTo(want.baseline().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
					if (m.isCount()) {
						assertThat(number(cell(s, row, col.get("actual")))).as(m + " actual")
							.isEqualByComparingTo(BigDecimal.valueOf(want.actual().longValue()));
						assertThat(number(cell(s, row, col.get("numerator")))).isNull();
					}
					else {
						assertThat(number(cell(s, row, col.get("numerator")))).as("REA numerator")
							.isEqualByComparingTo(BigDecimal.valueOf(want.numerator()));
						assertThat(number(cell(s, row, col.get("denominator")))).as("REA denominator")
							.isEqualByComparingTo(BigDecimal.valueOf(want.denominator()));
					}
				}
			}
		}
		assertThat(found).isEqualTo(4);
	}

	private void incomeExpenditure(BcfReturn r, Sheet s, String path) {
		int header = headerRow(s, 20, "quarter", "planned expenditure (£)", "actual expenditure (£)");
		Map<String, Integer> col = columns(s.getRow(header));
		BigDecimal[] sums = { BigDecimal.ZERO, BigDecimal.ZERO };
		int row = header + 1;
		for (IncomeExpenditureLine l : r.incomeExpenditure()) {
			assertThat(norm(text(cell(s, row, col.get("quarter"))))).isEqualTo("q" + l.quarter());
			assertThat(number(cell(s, row, col.get("planned income (£)"))))
				.isEqualByComparingTo(BigDecimal.valueOf(l.plannedIncome()));
			assertThat(money(cell(s, row, col.get("actual income (£)")))).isEqualTo(l.actualIncome());
			assertThat(money(cell(s, row, col.get("planned expenditure (£)")))).isEqualTo(l.plannedExpenditure());
			assertThat(money(cell(s, row, col.get("actual expenditure (£)")))).isEqualTo(l.actualExpenditure());
			sums[0] = sums[0].add(BigDecimal.valueOf(l.plannedExpenditure()));
			sums[1] = sums[1].add(BigDecimal.valueOf(l.actualExpenditure() == null ? 0 : l.actualExpenditure()));
			row++;
		}
		assertThat(norm(text(cell(s, row, 0)))).isEqualTo("total");
		BigDecimal plannedTotal = number(cell(s, row, col.get("planned expenditure (£)")));
		long off = plannedTotal.subtract(sums[0]).abs().longValue();
		boolean expectOff = path.contains("2016-17/Q2/E08000025");
		assertThat(off).as("planned expenditure Total vs sum").isEqualTo(expectOff ? 1250 : 0);
		assertThat(number(cell(s, row, col.get("actual expenditure (£)")))).isEqualByComparingTo(sums[1]);
	}

	private void savings(BcfReturn r, Sheet s) {
		int header = headerRow(s, 20, "scheme id", "scheme name", "status");
		Map<String, Integer> col = columns(s.getRow(header));
		int row = header + 1;
		for (Scheme sc : r.schemes()) {
			Cell name = cell(s, row, col.get("scheme name"));
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(sc.name());
			assertThat(text(cell(s, row, col.get("scheme id")))).isEqualTo(sc.id());
			assertThat(money(cell(s, row, col.get("planned savings (£)")))).isEqualTo(sc.planned());
			assertThat(money(cell(s, row, col.get("savings achieved to date (£)")))).isEqualTo(sc.achieved());
			assertThat(text(cell(s, row, col.get("status")))).isIn("On track", "At risk", "Off track")
				.isEqualTo(sc.status());
			row++;
		}
		assertThat(norm(text(cell(s, row, 0)))).isIn("total", "");
	}

	private static Long money(Cell c) {
		BigDecimal v = number(c);
		return v == null ? null : v.longValueExact();
	}

	private static int headerRow(Sheet s, int within, String... names) {
		for (int row = 0; row < within; row++) {
			if (s.getRow(row) != null && columns(s.getRow(row)).keySet().containsAll(List.of(names))) {
				return row;
			}
		}
		throw new AssertionError(
				"no header " + List.of(names) + " in the first " + within + " rows of " + s.getSheetName());
	}

	private static Map<String, Integer> columns(Row header) {
		Map<String, Integer> col = new HashMap<>();
		for (Cell c : header) {
			col.putIfAbsent(norm(text(c)), c.getColumnIndex());
		}
		return col;
	}

	private static Cell cell(Sheet s, int row, int col) {
		Row r = s.getRow(row);
		return r == null ? null : r.getCell(col);
	}

}
