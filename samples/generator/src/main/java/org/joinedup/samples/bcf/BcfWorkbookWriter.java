package org.joinedup.samples.bcf;

import static org.joinedup.samples.bcf.CellWriter.cell;
import static org.joinedup.samples.bcf.CellWriter.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.samples.bcf.Layout.CoverPlacement;

/** Lays one return out as a workbook shaped like the BCF quarterly template. */
public final class BcfWorkbookWriter {

    /** A workbook in memory and where its items are. */
    public record Written(Workbook workbook, CellMap cells) {
    }

    private static final String[] IE_HEADER = {"Quarter", "Planned income (\u00a3)", "Actual income (\u00a3)",
            "Planned expenditure (\u00a3)", "Actual expenditure (\u00a3)"};
    private static final String[] SAVINGS_HEADER = {"Scheme ID", "Scheme name", "Scheme type",
            "Planned savings (\u00a3)", "Savings achieved to date (\u00a3)", "Status"};
    static final String[] METRICS_HEADER = {"Metric", "Baseline", "Plan", "Actual", "Numerator", "Denominator",
            "Commentary"};

    private final BcfReturn ret;
    private final Layout layout;
    private final Workbook wb;
    private final Styles styles;
    private final CellWriter values;
    private final CellMap map = new CellMap();

    private BcfWorkbookWriter(BcfReturn ret, Layout layout) {
        this.ret = ret;
        this.layout = layout;
        this.wb = layout.legacyXls ? new HSSFWorkbook() : new XSSFWorkbook();
        if (layout.date1904 && wb instanceof XSSFWorkbook x) {
            var ct = x.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        }
        this.styles = new Styles(wb);
        this.values = new CellWriter(layout, styles);
    }

    public static Written write(BcfReturn ret, Layout layout) {
        BcfWorkbookWriter w = new BcfWorkbookWriter(ret, layout);
        w.guidance();
        w.cover(w.sheet(0, "cover"));
        w.metrics(w.sheet(1, "metrics"));
        w.incomeExpenditure(w.sheet(2, "ie"));
        w.savings(w.sheet(3, "savings"));
        w.narrative(w.sheet(4, "narrative"));
        w.checklistAndLists();
        w.wb.setActiveSheet(1);
        w.wb.setSelectedTab(1);
        return new Written(w.wb, w.map);
    }

    private Sheet sheet(int index, String role) {
        String name = SheetNames.name(layout.sheets, index);
        map.sheet(role, name);
        return wb.createSheet(name);
    }

    private void title(Sheet s, int row, String text, int lastCol) {
        Cell c = cell(s, row, 0);
        c.setCellValue(text);
        c.setCellStyle(styles.title);
        s.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
    }

    private void guidance() {
        Sheet s = wb.createSheet("Guidance");
        title(s, 0, "Better Care Fund quarterly reporting template: guidance", 7);
        String[] lines = {"Complete the yellow cells on each numbered sheet.",
                "Metrics: give the plan and actual for the quarter; the baseline is the same quarter a year earlier.",
                "Income and Expenditure: restate the year to date; revise earlier quarters if needed.",
                "Savings: one row per scheme; planned savings are for the whole year, achieved to date.",
                "Return the completed template to the Better Care Support Team by the deadline."};
        for (int i = 0; i < lines.length; i++) {
            text(s, i + 2, 0, lines[i]);
        }
        s.setColumnWidth(0, 100 * 256);
    }

    private void cover(Sheet s) {
        title(s, 0, "Better Care Fund Template " + ret.period().format(Quarter.PeriodForm.Q_FIRST_SLASH), 3);
        int start = 4;
        if (layout.cover == CoverPlacement.LOW) {
            text(s, 2, 0, "This template asks Health and Wellbeing Boards to report progress against their "
                    + "Better Care Fund plan. Please read the Guidance sheet before you start.");
            s.addMergedRegion(new CellRangeAddress(2, 5, 0, 3));
            cell(s, 2, 0).setCellStyle(styles.wrap);
            start = 20;
        }
        int labelCol = layout.cover == CoverPlacement.SPREAD ? 0 : 1;
        int valueCol = layout.cover == CoverPlacement.SPREAD ? 3 : 2;
        String[] labels = CoverLabels.of(layout.labels);
        int row = start;
        for (int i = 0; i < labels.length; i++) {
            if (i == 4) {
                if (layout.styledEmptyRows) {
                    styledEmpty(s, row, 0, 3);
                }
                row++;
            }
            text(s, row, labelCol, labels[i]);
            Cell v = cell(s, row, valueCol);
            v.setCellStyle(styles.input);
            coverValue(v, i);
            map.put("cover." + CoverLabels.STANDARD[i], map.sheetName("cover"), row, valueCol);
            map.put("coverlabel." + CoverLabels.STANDARD[i], map.sheetName("cover"), row, labelCol);
            row++;
        }
        s.setColumnWidth(labelCol, 30 * 256);
        s.setColumnWidth(valueCol, 28 * 256);
    }

    private void coverValue(Cell v, int i) {
        switch (i) {
            case 0 -> v.setCellValue(ret.area().name());
            case 1 -> v.setCellValue(ret.area().onsCode());
            case 2 -> v.setCellValue(ret.period().format(layout.period));
            case 3 -> {
                if (layout.versionAsNumber) {
                    v.setCellValue(Double.parseDouble(ret.templateVersion()));
                } else {
                    v.setCellValue(ret.templateVersion());
                }
            }
            case 4 -> v.setCellValue(ret.completedBy());
            case 5 -> v.setCellValue(ret.email());
            case 6 -> v.setCellValue(ret.telephone());
            default -> signOff(v, ret.signedOff());
        }
    }

    private void signOff(Cell v, LocalDate date) {
        switch (layout.signOff) {
            case ISO_TEXT -> v.setCellValue(date.toString());
            case UK_TEXT -> v.setCellValue(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            default -> {
                v.setCellValue(date);
                v.setCellStyle(styles.date);
            }
        }
    }

    private void metrics(Sheet s) {
        String name = map.sheetName("metrics");
        title(s, 0, "National metrics: " + ret.area().name() + ", " + ret.period().format(layout.period), 6);
        text(s, 1, 0, "Baseline is the same quarter one year earlier. For reablement give the numerator and "
                + "denominator; the actual is their ratio.");
        int h = layout.metricsHeaderRow;
        for (int r = 2; r < h; r++) {
            if (layout.styledEmptyRows) {
                styledEmpty(s, r, 0, 6);
            }
        }
        for (int c = 0; c < METRICS_HEADER.length; c++) {
            Cell hc = cell(s, h, c);
            hc.setCellValue(METRICS_HEADER[c]);
            hc.setCellStyle(styles.header);
        }
        int row = h + 1;
        for (MetricLine m : ret.metrics()) {
            cell(s, row, 0).setCellValue(layout.metricNames ? m.metric().fullName() : m.metric().name());
            for (int c = 1; c <= 5; c++) {
                map.put("metrics." + m.metric() + "." + METRICS_HEADER[c], name, row, c);
            }
            if (m.metric().isCount()) {
                values.count(cell(s, row, 1), asLong(m.baseline()));
                values.count(cell(s, row, 2), asLong(m.plan()));
                values.count(cell(s, row, 3), asLong(m.actual()));
                values.notReported(cell(s, row, 4));
                values.notReported(cell(s, row, 5));
            } else {
                values.proportion(cell(s, row, 1), asDouble(m.baseline()));
                values.proportion(cell(s, row, 2), asDouble(m.plan()));
                values.count(cell(s, row, 4), m.numerator());
                values.count(cell(s, row, 5), m.denominator());
                reaActual(cell(s, row, 3), m, row);
            }
            text(s, row, 6, m.commentary());
            row++;
        }
        s.setColumnWidth(0, 48 * 256);
        s.setColumnWidth(6, 50 * 256);
    }

    private void reaActual(Cell c, MetricLine m, int row) {
        if (m.actual() == null) {
            return;
        }
        if (values.numericMoney() && m.numerator() != null && m.denominator() != null) {
            c.setCellFormula("E" + (row + 1) + "/F" + (row + 1));
            c.setCellStyle(styles.percent);
        } else {
            values.proportion(c, m.actual().doubleValue());
        }
    }

    private void incomeExpenditure(Sheet s) {
        String name = map.sheetName("ie");
        title(s, 0, "Income and expenditure " + ret.period().year(), 4);
        header(s, 2, IE_HEADER);
        List<IncomeExpenditureLine> lines = ret.incomeExpenditure();
        int row = 3;
        for (IncomeExpenditureLine l : lines) {
            cell(s, row, 0).setCellValue("Q" + l.quarter());
            values.money(cell(s, row, 1), l.plannedIncome());
            values.money(cell(s, row, 2), l.actualIncome());
            values.money(cell(s, row, 3), l.plannedExpenditure());
            values.money(cell(s, row, 4), l.actualExpenditure());
            for (int c = 1; c <= 4; c++) {
                map.put("ie.Q" + l.quarter() + "." + IE_HEADER[c], name, row, c);
            }
            row++;
        }
        cell(s, row, 0).setCellValue("Total");
        for (int c = 1; c <= 4; c++) {
            final int col = c;
            long sum = lines.stream().mapToLong(l -> moneyAt(l, col)).sum();
            total(cell(s, row, c), 3, row - 1, sum + (c == 3 ? layout.totalError : 0));
        }
        trailingRows(s, row + 1, 4);
        widths(s, 5, 22);
    }

    private static long moneyAt(IncomeExpenditureLine l, int col) {
        Long v = switch (col) {
            case 1 -> l.plannedIncome();
            case 2 -> l.actualIncome();
            case 3 -> l.plannedExpenditure();
            default -> l.actualExpenditure();
        };
        return v == null ? 0 : v;
    }

    private void savings(Sheet s) {
        String name = map.sheetName("savings");
        title(s, 0, "Savings from Better Care Fund schemes", 5);
        header(s, 2, SAVINGS_HEADER);
        int row = 3;
        for (int i = 0; i < ret.schemes().size(); i++) {
            Scheme sc = ret.schemes().get(i);
            cell(s, row, 0).setCellValue(sc.id());
            cell(s, row, 1).setCellValue(sc.name());
            cell(s, row, 2).setCellValue(sc.type());
            values.money(cell(s, row, 3), sc.planned());
            values.money(cell(s, row, 4), sc.achieved());
            cell(s, row, 5).setCellValue(sc.status());
            for (int c = 0; c < SAVINGS_HEADER.length; c++) {
                map.put("savings." + (i + 1) + "." + SAVINGS_HEADER[c], name, row, c);
            }
            row++;
        }
        if (layout.savingsTotal) {
            cell(s, row, 0).setCellValue("Total");
            total(cell(s, row, 3), 3, row - 1, ret.schemes().stream().mapToLong(Scheme::planned).sum());
            total(cell(s, row, 4), 3, row - 1, ret.schemes().stream().mapToLong(Scheme::achieved).sum());
            row++;
        }
        trailingRows(s, row, 5);
        widths(s, 6, 20);
        s.setColumnWidth(1, 44 * 256);
    }

    private void total(Cell c, int firstRow, int lastRow, long constant) {
        if (layout.formulaTotals && values.numericMoney() && layout.totalError == 0) {
            String col = c.getAddress().formatAsString().replaceAll("[0-9]", "");
            c.setCellFormula("SUM(" + col + (firstRow + 1) + ":" + col + (lastRow + 1) + ")");
        } else {
            c.setCellValue((double) constant);
        }
        c.setCellStyle(styles.money);
    }

    private void narrative(Sheet s) {
        title(s, 0, "Narrative", 7);
        Cell c = cell(s, 2, 0);
        c.setCellValue(ret.narrative());
        c.setCellStyle(styles.wrap);
        s.addMergedRegion(new CellRangeAddress(2, 12, 0, 7));
    }

    private void checklistAndLists() {
        Sheet check = wb.createSheet("Checklist");
        header(check, 0, new String[] {"Item", "Complete?"});
        String[] items = {"Cover", "Metrics", "Income and Expenditure", "Savings", "Narrative"};
        for (int i = 0; i < items.length; i++) {
            text(check, i + 1, 0, items[i]);
            text(check, i + 1, 1, "Yes");
        }
        Sheet lists = wb.createSheet("Lists");
        String[] entries = {"On track", "At risk", "Off track", "NEA", "DTOC", "RES", "REA"};
        for (int i = 0; i < entries.length; i++) {
            text(lists, i, 0, entries[i]);
        }
        wb.setSheetVisibility(wb.getSheetIndex(lists),
                layout.veryHiddenLists ? SheetVisibility.VERY_HIDDEN : SheetVisibility.HIDDEN);
    }

    private void header(Sheet s, int row, String[] names) {
        for (int c = 0; c < names.length; c++) {
            Cell hc = cell(s, row, c);
            hc.setCellValue(names[c]);
            hc.setCellStyle(styles.header);
        }
    }

    private void trailingRows(Sheet s, int from, int lastCol) {
        if (layout.styledEmptyRows) {
            for (int r = from + 1; r < from + 12; r++) {
                styledEmpty(s, r, 0, lastCol);
            }
        }
    }

    private void styledEmpty(Sheet s, int row, int firstCol, int lastCol) {
        for (int c = firstCol; c <= lastCol; c++) {
            cell(s, row, c).setCellStyle(styles.input);
        }
    }

    private static void widths(Sheet s, int cols, int chars) {
        for (int c = 0; c < cols; c++) {
            s.setColumnWidth(c, chars * 256);
        }
    }

    private static Long asLong(Number n) {
        return n == null ? null : n.longValue();
    }

    private static Double asDouble(Number n) {
        return n == null ? null : n.doubleValue();
    }
}
