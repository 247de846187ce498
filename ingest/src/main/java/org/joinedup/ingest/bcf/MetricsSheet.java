package org.joinedup.ingest.bcf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;

/** The Metrics sheet: one row per non-blank Metric cell below the header row. */
final class MetricsSheet {

	static final String HEADER_MISSING = "metrics-header-missing";

	static final TableColumn METRIC = TableColumn.required("Metric");

	static final TableColumn BASELINE = TableColumn.optional("Baseline");

	static final TableColumn PLAN = TableColumn.required("Plan");

	static final TableColumn ACTUAL = TableColumn.required("Actual");

	static final TableColumn NUMERATOR = TableColumn.optional("Numerator");

	static final TableColumn DENOMINATOR = TableColumn.optional("Denominator");

	static final TableColumn COMMENTARY = TableColumn.optional("Commentary");

	private static final List<TableColumn> COLUMNS = List.of(METRIC, BASELINE, PLAN, ACTUAL, NUMERATOR, DENOMINATOR,
			COMMENTARY);

	private MetricsSheet() {
	}

	static List<MetricRow> read(Sheet sheet, List<Finding> findings) {
		List<Row> rows = SheetRows.all(sheet);
		Optional<TableHeader> found = TableHeader.find(rows, COLUMNS);
		if (found.isEmpty()) {
			findings.add(TableHeader.notFound(sheet, rows, COLUMNS, HEADER_MISSING));
			return List.of();
		}
		TableHeader header = found.get();
		List<MetricRow> metrics = new ArrayList<>();
		for (Row row : rows) {
			if (row.number() > header.rowNumber() && !header.cell(row, METRIC).isBlank()) {
				metrics.add(new MetricRow(header.cell(row, METRIC), header.cell(row, BASELINE),
						header.cell(row, PLAN), header.cell(row, ACTUAL), header.cell(row, NUMERATOR),
						header.cell(row, DENOMINATOR), header.cell(row, COMMENTARY)));
			}
		}
		return metrics;
	}
}
