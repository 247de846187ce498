package org.joinedup.report.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.joinedup.report.ReportRun;
import org.joinedup.report.ReportSettings;
import org.joinedup.report.ReportableQuarters;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads everything a quarterly workbook needs from the warehouse. */
public class ReportDataLoader {

	private final AreaQueries areas;

	private final MetricQueries metrics;

	private final SpendQueries spend;

	private final SavingsQueries savings;

	private final SubmissionQueries submissions;

	private final FindingQueries findings;

	private final SourceFileQueries sourceFiles;

	private final MonthlyQueries monthly;

	private final DelayedDaysSources delayedDaysSources;

	private final EpisodeQueries episodes;

	private final SurveyQueries surveys;

	private final ReportableQuarters reportable;

	private final TransactionTemplate snapshot;

	public ReportDataLoader(DataSource dataSource) {
		this.snapshot = snapshot(dataSource);
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.reportable = new ReportableQuarters(dataSource);
		this.areas = new AreaQueries(jdbc);
		this.metrics = new MetricQueries(jdbc);
		this.spend = new SpendQueries(jdbc);
		this.savings = new SavingsQueries(jdbc);
		this.submissions = new SubmissionQueries(jdbc);
		this.findings = new FindingQueries(jdbc);
		this.sourceFiles = new SourceFileQueries(jdbc);
		this.monthly = new MonthlyQueries(jdbc);
		this.delayedDaysSources = new DelayedDaysSources(jdbc);
		this.episodes = new EpisodeQueries(jdbc);
		this.surveys = new SurveyQueries(jdbc);
	}

	public ReportData load(FinancialQuarter quarter, ReportSettings settings, ReportRun run) {
		return snapshot.execute(status -> read(quarter, settings, run));
	}

	private ReportData read(FinancialQuarter quarter, ReportSettings settings, ReportRun run) {
		List<Area> expected = areas.expectedAreas(quarter);
		Set<String> accepted = areas.areasWithAcceptedReturn(quarter);
		List<Area> reporting = expected.stream().filter(a -> accepted.contains(a.onsCode())).toList();
		Set<String> reportingCodes = reporting.stream().map(Area::onsCode).collect(Collectors.toSet());

		List<String> areaOrder = reporting.stream().map(Area::onsCode).toList();
		List<SavingsScheme> schemes = savings.schemes(quarter)
			.stream()
			.filter(s -> reportingCodes.contains(s.areaCode()))
			.sorted(Comparator.comparingInt(s -> areaOrder.indexOf(s.areaCode())))
			.toList();
		Map<String, Map<String, MetricTotals>> metricsByArea = metrics.yearToDate(quarter);
		Map<String, Spend> spendByArea = spend.yearToDate(quarter);
		Map<String, DelayedDays> delayedDays = monthly.delayedDaysByArea(quarter);
		Map<String, BigDecimal> neaActuals = metrics.quarterActuals(quarter, "NEA");
		Map<String, Long> emergencyEpisodes = episodes.emergencyAdmissions(quarter);
		List<AreaFigures> figures = reporting.stream()
			.map(area -> new AreaFigures(area, metricsByArea.getOrDefault(area.onsCode(), Map.of()),
					spendByArea.getOrDefault(area.onsCode(), Spend.NONE),
					sumOf(schemes, area, SavingsScheme::plannedSavings),
					sumOf(schemes, area, SavingsScheme::achievedSavings),
					delayedDays.getOrDefault(area.onsCode(), DelayedDays.NONE),
					new NeaEpisodes(neaActuals.get(area.onsCode()), emergencyEpisodes.get(area.onsCode()))))
			.toList();
		DataQualityScope scope = DataQualityScope.of(quarter, run.madeAt(), reportable.withReturns());
		List<FindingRow> quarterFindings = new ArrayList<>(findings.of(scope));
		List<SubmissionRow> stored = submissions.of(scope);
		List<FindingRow> derived = new ArrayList<>(NeaEpisodeWarnings.of(quarter, figures, stored));
		derived.addAll(delayedDaysSources.differences(quarter));
		quarterFindings.addAll(derived);
		List<SubmissionRow> received = SubmissionRow.withDerivedFindings(stored, derived);

		Set<String> laterSurveys = surveys.filesOnlyAfter(quarter.end());
		List<SourceFile> files = sourceFiles.behindFigures(quarter)
			.stream()
			.filter(f -> f.returnType() != ReturnType.BCF_QUARTERLY || reportingCodes.contains(f.orgCode()))
			.filter(f -> !laterSurveys.contains(f.sha256()))
			.toList();
		return new ReportData(quarter, settings, run, expected, figures, schemes, received, quarterFindings, files,
				EnglandTotals.of(expected.size(), figures), monthly.delayedDaysByMonth(quarter),
				monthly.emergencyAdmissionsByMonth(quarter), nonElectiveByQuarter(quarter),
				monthly.delayedDaysByLocalAuthority(quarter, areaNames(expected)), surveys.sharesUpTo(quarter.end()));
	}

	/** Every quarter of the year to date, with or without figures. */
	private static Map<String, String> areaNames(List<Area> areas) {
		return areas.stream().collect(Collectors.toMap(Area::onsCode, Area::name, (a, b) -> a));
	}

	private List<NonElectiveQuarter> nonElectiveByQuarter(FinancialQuarter quarter) {
		Map<LocalDate, Long> england = monthly.nonElectiveByMonth(quarter);
		Map<Integer, MetricQueries.AreasTotal> bcf = metrics.actualsByQuarter(quarter, "NEA");
		List<NonElectiveQuarter> quarters = new ArrayList<>();
		for (int q = 1; q <= quarter.quarter(); q++) {
			FinancialQuarter each = new FinancialQuarter(quarter.finYear(), q);
			List<Long> months = Stream.iterate(each.start(), month -> month.plusMonths(1))
				.limit(3)
				.map(england::get)
				.toList();
			MetricQueries.AreasTotal actuals = bcf.getOrDefault(q, new MetricQueries.AreasTotal(0, null));
			quarters.add(new NonElectiveQuarter(each, months, actuals.areas(), actuals.total()));
		}
		return quarters;
	}

	/**
	 * One read-only transaction of its own, never the caller's (a report step's
	 * transaction would lend it its own settings), that sees the warehouse as it was when
	 * it began (REPEATABLE READ is a snapshot on PostgreSQL and H2): a nightly load
	 * committing meanwhile cannot make the sheets disagree with each other.
	 */
	private static TransactionTemplate snapshot(DataSource dataSource) {
		TransactionTemplate snapshot = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return snapshot;
	}

	private static BigDecimal sumOf(List<SavingsScheme> schemes, Area area,
			Function<SavingsScheme, BigDecimal> figure) {
		return schemes.stream()
			.filter(s -> s.areaCode().equals(area.onsCode()))
			.map(figure)
			.filter(v -> v != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
