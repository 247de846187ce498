package org.joinedup.transform.dtocla;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.ReturnMapper;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.period.FinancialMonth;

/**
 * R2's England time series: a row per month (Year {@code 2016-17}, Period
 * {@code October}) of England's delayed days by responsible organisation, each month
 * once.
 */
public class DtocEnglandSeriesMapper implements ReturnMapper {

	private final Workbooks workbooks;

	public DtocEnglandSeriesMapper(Workbooks workbooks) {
		this.workbooks = workbooks;
	}

	@Override
	public ReturnType type() {
		return ReturnType.DTOC_ENGLAND_SERIES;
	}

	@Override
	public MappedReturn map(Path file, String fileName) {
		Checks checks = new Checks(fileName);
		Optional<EnglandSeriesTable> table;
		try (Workbook workbook = workbooks.open(file)) {
			List<Finding> findings = new ArrayList<>();
			table = workbook.sheet(EnglandSeriesTable.SHEET).flatMap(sheet -> EnglandSeriesTable.read(sheet, findings));
			findings.forEach(checks::add);
			workbook.warnings().forEach(checks::add);
		}
		catch (UnreadableFileException e) {
			checks.add(e.toFinding(fileName));
			table = Optional.empty();
		}
		if (table.isEmpty() && !checks.hasErrors()) {
			checks.fileError("sheet-missing", "The workbook has no '" + EnglandSeriesTable.SHEET + "' sheet");
		}
		List<Fact> facts = table.map(found -> facts(found, checks)).orElse(List.of());
		if (table.isPresent() && facts.isEmpty() && !checks.hasErrors()) {
			checks.fileError("series-empty", "The sheet '" + EnglandSeriesTable.SHEET + "' has no months");
		}
		return new MappedReturn(SubmissionKey.unknown(type()), checks.hasErrors() ? List.of() : facts,
				checks.findings());
	}

	private static List<Fact> facts(EnglandSeriesTable table, Checks checks) {
		List<Fact> facts = new ArrayList<>();
		Set<FinancialMonth> seen = new HashSet<>();
		for (Row row : table.months()) {
			Optional<FinancialMonth> month = FinancialMonth.parse(row.cell(table.yearColumn()).text(),
					row.cell(table.periodColumn()).text());
			if (month.isEmpty()) {
				checks.error(Level.RECORD, row.cell(table.periodColumn()), "period-unparseable",
						"A month is a financial Year such as 2016-17 and a Period such as October");
			}
			else if (!seen.add(month.get())) {
				checks.error(Level.RECORD, row.cell(table.periodColumn()), "month-duplicate",
						month.get().label() + " is in the series twice");
			}
			else {
				facts.add(new EnglandSeriesFact(month.get(), days(table, row, "NHS", checks),
						days(table, row, "SOCIAL_CARE", checks), days(table, row, "BOTH", checks), table.sheet(),
						row.number()));
			}
		}
		return facts;
	}

	private static Long days(EnglandSeriesTable table, Row row, String organisation, Checks checks) {
		Integer column = table.columns().get(organisation);
		BigDecimal days = column == null ? null : checks.count(row.cell(column), "Delayed days", false);
		return days == null ? null : days.longValueExact();
	}

}
