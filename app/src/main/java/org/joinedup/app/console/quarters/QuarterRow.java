package org.joinedup.app.console.quarters;

import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * A quarter the warehouse has returns for, its latest workbook (null if none was
 * written), and whether the warehouse has changed since that workbook was made.
 */
public record QuarterRow(FinancialQuarter quarter, Workbook workbook, boolean outOfDate) {

	public String slug() {
		return quarter.slug();
	}

}
