package org.joinedup.transform.bcf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;

/**
 * Reads a Better Care Fund quarterly return (R1) as it stands: sheets found by name as
 * text ({@code 1) Cover} is Cover), tables by their header text. Values are not checked
 * here; a missing sheet is a null part and a table whose header cannot be found is a
 * FILE-level finding.
 */
public final class BcfReader {

	/**
	 * @throws UnreadableFileException when a sheet turns out unreadable part-way
	 */
	public BcfContent read(Workbook workbook) {
		List<Finding> findings = new ArrayList<>();
		Map<CoverField, SourceValue> cover = workbook.sheet("Cover").map(CoverSheet::read).orElse(null);
		List<MetricRow> metrics = workbook.sheet("Metrics")
			.map(sheet -> MetricsSheet.read(sheet, findings))
			.orElse(null);
		IncomeExpenditureSheet.Content incomeExpenditure = workbook.sheet("Income and Expenditure")
			.map(sheet -> IncomeExpenditureSheet.read(sheet, findings))
			.orElse(null);
		SavingsSheet.Content savings = workbook.sheet("Savings")
			.map(sheet -> SavingsSheet.read(sheet, findings))
			.orElse(null);
		SourceValue narrative = workbook.sheet("Narrative").map(NarrativeSheet::read).orElse(null);
		return new BcfContent(workbook.file(), cover, metrics,
				incomeExpenditure == null ? null : incomeExpenditure.quarters(),
				incomeExpenditure == null ? null : incomeExpenditure.total(),
				savings == null ? null : savings.schemes(), savings == null ? null : savings.total(), narrative,
				List.copyOf(findings));
	}

}
