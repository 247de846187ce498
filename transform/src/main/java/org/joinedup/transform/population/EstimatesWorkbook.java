package org.joinedup.transform.population;

import java.util.List;

import org.joinedup.ingest.detect.ContentDetector;
import org.joinedup.ingest.detect.WorkbookSheetsDetector;

/**
 * ONS's mid-year population estimates workbook, known by its sheet of persons by single
 * year of age ({@code MYE2 - Persons}, in some releases {@code MYE2 - All}).
 */
final class EstimatesWorkbook {

	static final List<String> PERSONS_SHEETS = List.of("MYE2 - Persons", "MYE2 - All");

	/**
	 * Reads only the sheet names, so a BCF return (or a damaged workbook, which has none
	 * to read) goes on to the next type's detector.
	 */
	static final ContentDetector DETECTOR = new WorkbookSheetsDetector(PERSONS_SHEETS);

	private EstimatesWorkbook() {
	}

}
