package org.joinedup.transform.dtocla;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;

/**
 * Reads the delayed-transfers LA workbook (R2's "LA Type B" release) as it stands: sheets
 * found by name as text, tables by their header; values are not checked here.
 */
public final class DtocLaReader {

	/**
	 * @throws UnreadableFileException when a sheet turns out unreadable part-way
	 */
	DtocLaContent read(Workbook workbook) {
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
