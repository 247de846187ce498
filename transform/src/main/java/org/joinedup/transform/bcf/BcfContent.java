package org.joinedup.transform.bcf;

import java.util.List;
import java.util.Map;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.provenance.SourceValue;

/**
 * What a Better Care Fund quarterly workbook holds, read but not yet validated. A missing
 * sheet is a null {@code cover}/{@code metrics}/... ; {@code findings} holds what the
 * reader itself could not make sense of (a header row not found, say). Totals are null
 * when the sheet has no Total row.
 */
public record BcfContent(String file, Map<CoverField, SourceValue> cover, List<MetricRow> metrics,
		List<IncomeExpenditureRow> incomeExpenditure, IncomeExpenditureRow incomeExpenditureTotal,
		List<SchemeRow> schemes, SchemeRow savingsTotal, SourceValue narrative, List<Finding> findings) {
}
