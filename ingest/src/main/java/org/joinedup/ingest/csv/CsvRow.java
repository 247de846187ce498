package org.joinedup.ingest.csv;

import java.util.List;
import java.util.Map;

import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;

/**
 * One data record of a CSV feed, read by column; provenance gives its first line and the
 * column's header.
 */
public final class CsvRow {

	private final String file;

	private final int line;

	private final Map<CsvColumn, Integer> positions;

	private final List<String> fields;

	CsvRow(String file, int line, Map<CsvColumn, Integer> positions, List<String> fields) {
		this.file = file;
		this.line = line;
		this.positions = positions;
		this.fields = fields;
	}

	/**
	 * The 1-based line the record starts on (a quoted field may carry it over several
	 * lines).
	 */
	public int line() {
		return line;
	}

	/** The field under that column; a missing column or field reads blank (null). */
	public SourceValue get(CsvColumn column) {
		String field = text(column);
		return new SourceValue(field.isEmpty() ? null : field, new Provenance(file, null, line, column.header()));
	}

	/**
	 * The field under that column as {@link #get} would give its text, empty when blank;
	 * without the provenance, for a value that needs it only when found wrong.
	 */
	public String text(CsvColumn column) {
		Integer position = positions.get(column);
		String field = position == null || position >= fields.size() ? null : fields.get(position);
		return field == null ? "" : field;
	}

}
