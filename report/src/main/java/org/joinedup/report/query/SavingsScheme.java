package org.joinedup.report.query;

import java.math.BigDecimal;

/**
 * One scheme of a quarter's accepted return: planned savings for the whole year, achieved
 * to date.
 */
public record SavingsScheme(String areaCode, String schemeId, String schemeName, String schemeType,
		BigDecimal plannedSavings, BigDecimal achievedSavings, String status) {
}
