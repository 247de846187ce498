package org.joinedup.transform.dtocla;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.area.AreaDirectory;
import org.joinedup.transform.area.AreaNames;
import org.joinedup.transform.area.LegacyAreaCodes;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.WorkbookReturnMapper;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.transform.period.FileMonth;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.period.FinancialMonth;

/**
 * R2, the delayed-transfers LA workbook: one national file per month, each LA sheet's
 * area rows mapped to facts and its England row checked against them.
 */
public class DtocLaReturnMapper extends WorkbookReturnMapper<DtocLaContent> {

	static final String TOTAL = "TOTAL";

	private static final DateTimeFormatter MONTH_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("MMMM uuuu")
		.toFormatter(Locale.UK);

	private final AreaDirectory areas;

	private final LegacyAreaCodes legacyCodes;

	private final AreaNames areaNames;

	public DtocLaReturnMapper(Workbooks workbooks, AreaDirectory areas, LegacyAreaCodes legacyCodes,
			AreaNames areaNames) {
		super(ReturnType.DTOC_LA_MONTHLY, workbooks, new DtocLaReader()::read);
		this.areas = areas;
		this.legacyCodes = legacyCodes;
		this.areaNames = areaNames;
	}

	@Override
	protected MappedReturn map(DtocLaContent content, Checks checks) {
		content.findings().forEach(checks::add);
		if (!content.tables().containsKey(LaBreakdown.RESPONSIBLE_ORG) && !checks.hasErrors()) {
			checks.fileError("sheet-missing", "The workbook has no '" + LaBreakdown.RESPONSIBLE_ORG.sheetName()
					+ "' sheet, which holds the delayed days by area");
		}
		FileMonth fileMonth = new FileMonth(checks, "the month and year, e.g. October 2016, right of 'Period:'");
		content.tables().values().forEach(table -> fileMonth.check(month(table.period()), table.period()));
		if (checks.hasErrors()) {
			return new MappedReturn(key(fileMonth), List.of(), checks.findings());
		}
		FinancialMonth month = fileMonth.month().orElseThrow();
		LaAreas laAreas = new LaAreas(areas.snapshot(), legacyCodes.onsCodesByLegacyCode(), areaNames.namesByOnsCode(),
				checks);
		EnglandTotals englandTotals = new EnglandTotals(checks);
		Map<LaBreakdown, Map<String, SourceValue>> englandRows = new EnumMap<>(LaBreakdown.class);
		List<Fact> facts = new ArrayList<>();
		for (LaTable table : content.tables().values()) {
			Map<String, Integer> columns = columns(table, month, checks);
			for (Row row : table.areas()) {
				facts.addAll(facts(table, row, columns, month, laAreas, checks));
			}
			englandTotals.checkRows(table, columns);
			if (table.england() != null) {
				Map<String, SourceValue> england = new LinkedHashMap<>();
				columns.entrySet()
					.stream()
					.filter(column -> !column.getKey().equals(TOTAL))
					.forEach(column -> england.put(column.getKey(), table.england().cell(column.getValue())));
				englandRows.put(table.breakdown(), england);
			}
		}
		if (content.england() != null) {
			englandTotals.checkEnglandSheet(content.england(), englandRows);
		}
		return new MappedReturn(key(fileMonth), checks.hasErrors() ? List.of() : facts, checks.findings());
	}

	private SubmissionKey key(FileMonth fileMonth) {
		return fileMonth.month()
			.map(month -> SubmissionKey.monthly(type(), null, null, month))
			.orElse(SubmissionKey.unknown(type()));
	}

	/**
	 * Each category's column, and Total's: the first column of each heading, as later
	 * releases repeat the headings for the average number of people delayed per day.
	 */
	private static Map<String, Integer> columns(LaTable table, FinancialMonth month, Checks checks) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (SourceValue heading : table.headings()) {
			int column = table.header().cells().indexOf(heading);
			Optional<String> category = table.breakdown().category(heading.text(), month.quarter().finYear());
			if (category.isPresent()) {
				columns.putIfAbsent(category.get(), column);
			}
			else if (TextMatch.same(heading.text(), "Total")) {
				columns.putIfAbsent(TOTAL, column);
			}
			else if (table.breakdown() == LaBreakdown.REASON && !columns.containsKey(TOTAL)) {
				checks.error(Level.RECORD, heading, "reason-unknown", "The column is not a reason for delay of "
						+ month.quarter().yearLabel() + " (A) .. I), and O) from 2017-18), by its letter");
			}
		}
		return columns;
	}

	private static List<Fact> facts(LaTable table, Row row, Map<String, Integer> columns, FinancialMonth month,
			LaAreas laAreas, Checks checks) {
		String area = laAreas.areaCode(table.onsCode(row), table.code(row), table.name(row));
		List<Fact> facts = new ArrayList<>();
		String code = checks.text(table.code(row), 10, "The LA code");
		String name = checks.text(table.name(row), 200, "The LA name");
		columns.forEach((category, column) -> {
			SourceValue cell = row.cell(column);
			BigDecimal days = checks.count(cell, "Delayed days", false);
			if (!category.equals(TOTAL)) {
				facts.add(new DtocLaFact(month, area, code, name, table.breakdown(), category,
						days == null ? null : days.longValueExact(), table.sheet(), row.number()));
			}
		});
		return facts;
	}

	/** {@code October 2016}, as text or as a date cell. */
	private static Optional<FinancialMonth> month(SourceValue period) {
		if (period.value() instanceof LocalDate date) {
			return Optional.of(FinancialMonth.of(date));
		}
		try {
			return Optional.of(FinancialMonth.of(YearMonth.parse(period.text().trim(), MONTH_YEAR).atDay(1)));
		}
		catch (DateTimeParseException notAMonth) {
			return Optional.empty();
		}
	}

}
