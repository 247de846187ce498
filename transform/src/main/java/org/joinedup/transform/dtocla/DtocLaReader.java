package org.joinedup.transform.dtocla;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.ingest.workbook.WorkbookEngine;

/**
 * Reads the delayed-transfers LA workbook (R2's "LA Type B" release) as it stands: sheets
 * found by name as text, tables by their header; values are not checked here.
 */
public final class DtocLaReader {

	private final WorkbookEngine engine;

	public DtocLaReader(WorkbookEngine engine) {
		this.engine = engine;
	}

	/**
	 * @throws UnreadableFileException when the file cannot be opened as a workbook at all
	 */
	DtocLaContent read(Path file) {
		try (Workbook workbook = engine.open(file)) {
			List<Finding> findings = new ArrayList<>();
			Map<LaBreakdown, LaTable> tables = new EnumMap<>(LaBreakdown.class);
			for (LaBreakdown breakdown : LaBreakdown.values()) {
				workbook.sheet(breakdown.sheetName())
					.flatMap(sheet -> LaTable.read(sheet, breakdown, findings))
					.ifPresent(table -> tables.put(breakdown, table));
			}
			EnglandSheet england = workbook.sheet(EnglandSheet.SHEET).flatMap(EnglandSheet::read).orElse(null);
			return new DtocLaContent(tables, england, List.copyOf(findings));
		}
	}

}
