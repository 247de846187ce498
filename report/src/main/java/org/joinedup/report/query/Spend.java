package org.joinedup.report.query;

import java.math.BigDecimal;

/** Planned and actual expenditure of one area for the year to date. */
public record Spend(BigDecimal planned, BigDecimal actual) {

	public static final Spend NONE = new Spend(BigDecimal.ZERO, BigDecimal.ZERO);

}
