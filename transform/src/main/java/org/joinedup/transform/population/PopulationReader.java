package org.joinedup.transform.population;

import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;

/** Reads the persons sheet of ONS's mid-year estimates workbook as it stands. */
final class PopulationReader {

	/**
	 * @throws UnreadableFileException when a sheet turns out unreadable part-way
	 */
	Estimates read(Workbook workbook) {
		Optional<Sheet> persons = EstimatesWorkbook.PERSONS_SHEETS.stream()
			.flatMap(name -> workbook.sheet(name).stream())
			.findFirst();
		if (persons.isEmpty()) {
			return Estimates.unread(List.of(Finding.fileError(workbook.file(), "population-sheet-missing",
					"The workbook has no visible sheet " + String.join(" or ",
							EstimatesWorkbook.PERSONS_SHEETS.stream().map(n -> "'" + n + "'").toList()))));
		}
		return PersonsSheet.read(persons.get());
	}

}
