package org.joinedup.transform.population;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.ingest.workbook.WorkbookEngine;

/** Reads the persons sheet of ONS's mid-year estimates workbook as it stands. */
final class PopulationReader {

	private final WorkbookEngine engine;

	PopulationReader(WorkbookEngine engine) {
		this.engine = engine;
	}

	/**
	 * @throws UnreadableFileException when the file cannot be opened as a workbook at all
	 */
	Estimates read(Path file) {
		try (Workbook workbook = engine.open(file)) {
			Optional<Sheet> persons = EstimatesWorkbook.PERSONS_SHEETS.stream()
				.flatMap(name -> workbook.sheet(name).stream())
				.findFirst();
			if (persons.isEmpty()) {
				return Estimates.unread(List.of(Finding.fileError(file.getFileName().toString(),
						"population-sheet-missing", "The workbook has no visible sheet " + String.join(" or ",
								EstimatesWorkbook.PERSONS_SHEETS.stream().map(n -> "'" + n + "'").toList()))));
			}
			return PersonsSheet.read(persons.get());
		}
	}

}
