package org.joinedup.report.sheet;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.ReportData;

/** One sheet of the quarterly workbook. */
public interface ReportSheet {

	String name();

	void write(XSSFSheet sheet, ReportData data);

	/**
	 * Whether its formulas refer to the tables of other sheets, which must be written
	 * first.
	 */
	default boolean summarisesOthers() {
		return false;
	}

	/** One line on what the sheet holds, for the Contents sheet. */
	default String description() {
		return "";
	}

}
