package org.joinedup.transform.bcf;

import org.joinedup.ingest.provenance.SourceValue;

/**
 * One row of the Income and Expenditure sheet: {@code quarter} holds
 * {@code Q1}..{@code Q4} or {@code Total}.
 */
public record IncomeExpenditureRow(SourceValue quarter, SourceValue plannedIncome, SourceValue actualIncome,
		SourceValue plannedExpenditure, SourceValue actualExpenditure) {
}
