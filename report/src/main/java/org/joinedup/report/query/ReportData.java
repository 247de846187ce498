package org.joinedup.report.query;

import java.util.List;

import org.joinedup.report.ReportRun;
import org.joinedup.report.ReportSettings;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * What one workbook shows. {@code reportingAreas} are the expected areas whose current
 * return for the quarter was accepted ("England" in the Summary); every per-area table
 * lists exactly these.
 */
public record ReportData(FinancialQuarter quarter, ReportSettings settings, ReportRun run, List<Area> expectedAreas,
		List<AreaFigures> reportingAreas, List<SavingsScheme> schemes, List<SubmissionRow> submissions,
		List<FindingRow> findings, List<SourceFile> sourceFiles, EnglandTotals england,
		MonthlySeries delayedDaysByMonth, MonthlySeries emergencyAdmissionsByMonth,
		List<NonElectiveQuarter> nonElectiveByQuarter, List<LocalAuthorityDays> delayedDaysByLocalAuthority,
		List<SurveyShare> surveyShares) {

	public Area area(String onsCode) {
		return expectedAreas.stream().filter(a -> a.onsCode().equals(onsCode)).findFirst().orElse(null);
	}
}
