package org.joinedup.warehouse;

/** Which of a return type's accepted submissions a quarter's workbook is made from. */
public enum ReportUse {

	/** Those of the financial year to the end of the quarter. */
	YEAR_TO_DATE,

	/** Those of the quarter only. */
	QUARTER,

	/** Every accepted one, whatever its period (reference data, survey waves). */
	EVERY_QUARTER,

	/** None: the type is used while loading other returns, not in the workbook. */
	NONE

}
