package org.joinedup.samples.bcf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

/**
 * Where the writer put each logical item (e.g. {@code metrics.NEA.Plan}), so rejects can
 * point at a cell.
 */
public final class CellMap {

	/** A cell: sheet name as written, 0-based row and column. */
	public record Ref(String sheet, int row, int col) {
		public int excelRow() {
			return row + 1;
		}

		public String column() {
			return CellReference.convertNumToColString(col);
		}
	}

	private final Map<String, Ref> refs = new LinkedHashMap<>();

	private final Map<String, String> sheets = new LinkedHashMap<>();

	void put(String key, String sheet, int row, int col) {
		refs.put(key, new Ref(sheet, row, col));
	}

	void sheet(String role, String name) {
		sheets.put(role, name);
	}

	public Ref get(String key) {
		Ref r = refs.get(key);
		if (r == null) {
			throw new IllegalArgumentException("no cell " + key + " in " + refs.keySet());
		}
		return r;
	}

	/** The sheet name as written for a role: cover, metrics, ie, savings, narrative. */
	public String sheetName(String role) {
		return sheets.get(role);
	}

}
