package org.joinedup.transform.bcf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.transform.table.TableHeader;

/**
 * The Income and Expenditure sheet: rows {@code Q1}..{@code Q4} and an optional
 * {@code Total}.
 */
final class IncomeExpenditureSheet {

	static final String HEADER_MISSING = "income-expenditure-header-missing";

	static final TableColumn QUARTER = TableColumn.required("Quarter");

	static final TableColumn PLANNED_INCOME = TableColumn.required("Planned income (£)");

	static final TableColumn ACTUAL_INCOME = TableColumn.required("Actual income (£)");

	static final TableColumn PLANNED_EXPENDITURE = TableColumn.required("Planned expenditure (£)");

	static final TableColumn ACTUAL_EXPENDITURE = TableColumn.required("Actual expenditure (£)");

	private static final List<TableColumn> COLUMNS = List.of(QUARTER, PLANNED_INCOME, ACTUAL_INCOME,
			PLANNED_EXPENDITURE, ACTUAL_EXPENDITURE);

	/** {@code Q3}, also {@code Q3 (Oct-Dec)} as some templates label it. */
	private static final Pattern QUARTER_LABEL = Pattern.compile("^q[1-4]\\b.*");

	record Content(List<IncomeExpenditureRow> quarters, IncomeExpenditureRow total) {
	}

	private IncomeExpenditureSheet() {
	}

	static Content read(Sheet sheet, List<Finding> findings) {
		Optional<TableHeader.Table> table = TableHeader.locate(sheet, COLUMNS, HEADER_MISSING, findings);
		if (table.isEmpty()) {
			return new Content(List.of(), null);
		}
		TableHeader header = table.get().header();
		List<IncomeExpenditureRow> quarters = new ArrayList<>();
		IncomeExpenditureRow total = null;
		for (Row row : table.get().rows()) {
			String label = TextMatch.normalise(header.cell(row, QUARTER).text());
			if (QUARTER_LABEL.matcher(label).matches()) {
				quarters.add(toRow(header, row));
			}
			else if (label.equals("total") && total == null) {
				total = toRow(header, row);
			}
		}
		return new Content(quarters, total);
	}

	private static IncomeExpenditureRow toRow(TableHeader header, Row row) {
		return new IncomeExpenditureRow(header.cell(row, QUARTER), header.cell(row, PLANNED_INCOME),
				header.cell(row, ACTUAL_INCOME), header.cell(row, PLANNED_EXPENDITURE),
				header.cell(row, ACTUAL_EXPENDITURE));
	}

}
