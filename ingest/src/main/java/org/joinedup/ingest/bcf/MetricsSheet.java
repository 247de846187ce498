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

	enum Column implements TableColumn {

		METRIC("Metric", true),
		BASELINE("Baseline", false),
		PLAN("Plan", true),
		ACTUAL("Actual", true),
		NUMERATOR("Numerator", false),
		DENOMINATOR("Denominator", false),
		COMMENTARY("Commentary", false);

		private final String header;

		private final boolean required;

		Column(String header, boolean required) {
			this.header = header;
			this.required = required;
		}

		@Override
		public String header() {
			return header;
		}

		@Override
		public List<String> names() {
			return List.of(header);
		}

		@Override
		public boolean required() {
			return required;
		}
	}

	private MetricsSheet() {
	}

	static List<MetricRow> read(Sheet sheet, List<Finding> findings) {
		List<Row> rows = SheetRows.all(sheet);
		List<Column> columns = List.of(Column.values());
		Optional<TableHeader> found = TableHeader.find(rows, columns);
		if (found.isEmpty()) {
			findings.add(TableHeader.notFound(sheet, rows, columns, HEADER_MISSING));
			return List.of();
		}
		TableHeader header = found.get();
		List<MetricRow> metrics = new ArrayList<>();
		for (Row row : rows) {
			if (row.number() > header.rowNumber() && !header.cell(row, Column.METRIC).isBlank()) {
				metrics.add(new MetricRow(header.cell(row, Column.METRIC), header.cell(row, Column.BASELINE),
						header.cell(row, Column.PLAN), header.cell(row, Column.ACTUAL), header.cell(row, Column.NUMERATOR),
						header.cell(row, Column.DENOMINATOR), header.cell(row, Column.COMMENTARY)));
			}
		}
		return metrics;
	}
}
