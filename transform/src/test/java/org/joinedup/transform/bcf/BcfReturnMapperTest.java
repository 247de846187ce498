package org.joinedup.transform.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.area.AreaDirectory;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.Test;

/**
 * R1's rules on returns built in memory; the bad sample files cover the same rules end to
 * end.
 */
class BcfReturnMapperTest {

	private static final Clock NOVEMBER_2016 = Clock.fixed(Instant.parse("2016-11-15T12:00:00Z"), ZoneOffset.UTC);

	private final BcfReturnMapper mapper = new BcfReturnMapper(Workbooks.byFile(),
			AreaDirectory.of(Set.of("E08000008")), NOVEMBER_2016);

	@Test
	void aGoodReturnMapsToFactsWithTheirSheetAndRow() {
		MappedReturn mapped = mapper.map(new ReturnBuilder().build(), new Checks("tameside.xlsx"));

		assertThat(mapped.findings()).isEmpty();
		assertThat(mapped.key().orgCode()).isEqualTo("E08000008");
		assertThat(mapped.key().quarter()).isEqualTo(new FinancialQuarter(2016, 2));
		assertThat(mapped.facts()).filteredOn(MetricFact.class::isInstance).hasSize(4);
		MetricFact nea = (MetricFact) mapped.facts().stream().filter(MetricFact.class::isInstance).findFirst().get();
		assertThat(nea.metricCode()).isEqualTo("NEA");
		assertThat(nea.actual()).isEqualByComparingTo("5210");
		assertThat(nea.sheet()).isEqualTo("2) Metrics");
		assertThat(nea.row()).isEqualTo(6);
	}

	@Test
	void reablementActualIsNumeratorOverDenominatorAndPercentsAreProportions() {
		MappedReturn mapped = mapper.map(new ReturnBuilder().build(), new Checks("tameside.xlsx"));

		MetricFact rea = mapped.facts()
			.stream()
			.filter(MetricFact.class::isInstance)
			.map(MetricFact.class::cast)
			.filter(f -> f.metricCode().equals("REA"))
			.findFirst()
			.get();
		assertThat(rea.actual()).isEqualByComparingTo("0.8");
		assertThat(rea.plan()).isEqualByComparingTo("0.82");
	}

	@Test
	void actualsForAQuarterAfterTheReportingPeriodAreIgnoredWithAWarning() {
		ReturnBuilder builder = new ReturnBuilder();
		builder.incomeExpenditure.add(builder.ieRow(12, "Q3", "1000", "900", "1000", "950"));
		MappedReturn mapped = mapper.map(builder.build(), new Checks("tameside.xlsx"));

		assertThat(mapped.rejected()).isFalse();
		assertThat(mapped.findings()).extracting(Finding::rule).containsExactly("future-actual");
		IncomeExpenditureFact q3 = mapped.facts()
			.stream()
			.filter(IncomeExpenditureFact.class::isInstance)
			.map(IncomeExpenditureFact.class::cast)
			.filter(f -> f.about().quarter() == 3)
			.findFirst()
			.get();
		assertThat(q3.actualExpenditure()).isNull();
		assertThat(q3.plannedExpenditure()).isEqualByComparingTo("1000");
	}

	@Test
	void aTotalRowOffByMoreThanAPoundIsAGroupWarning() {
		ReturnBuilder builder = new ReturnBuilder();
		builder.savingsTotal = new SchemeRow(builder.v("4) Savings", 9, "A", "Total"), null, null,
				builder.v("4) Savings", 9, "D", "£150,002"), builder.v("4) Savings", 9, "E", "60,000"), null);
		MappedReturn mapped = mapper.map(builder.build(), new Checks("tameside.xlsx"));

		assertThat(mapped.rejected()).isFalse();
		assertThat(mapped.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("total-mismatch");
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.row()).isEqualTo(9);
			assertThat(f.column()).isEqualTo("D");
		});
	}

	/** Cut to what the warehouse keeps, never silently. */
	@Test
	void anOverLongTextIsCutWithAWarningNamingItsCellItsLengthAndTheLimit() {
		ReturnBuilder builder = new ReturnBuilder();
		SchemeRow first = builder.schemes.get(0);
		builder.schemes.set(0, new SchemeRow(first.schemeId(), builder.v("4) Savings", 7, "B", "S".repeat(10_000)),
				first.schemeType(), first.plannedSavings(), first.achievedSavings(), first.status()));
		MappedReturn mapped = mapper.map(builder.build(), new Checks("tameside.xlsx"));

		assertThat(mapped.rejected()).isFalse();
		assertThat(mapped.findings()).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.rule()).isEqualTo(Checks.TEXT_TOO_LONG);
			assertThat(f.sheet()).isEqualTo("4) Savings");
			assertThat(f.row()).isEqualTo(7);
			assertThat(f.column()).isEqualTo("B");
			assertThat(f.message()).isEqualTo(
					"The scheme name is 10,000 characters long, more than the 500 kept: only its first 500 were loaded");
		});
		assertThat(mapped.facts()).filteredOn(SchemeFact.class::isInstance)
			.map(fact -> ((SchemeFact) fact).schemeName())
			.contains("S".repeat(500));
	}

	/** Each Cover text kept to its column: a fuzzed telephone once failed the insert. */
	@Test
	void anOverLongCoverTextIsCutWithAWarningNamingItsLabel() {
		ReturnBuilder builder = new ReturnBuilder();
		builder.cover.put(CoverField.TEMPLATE_VERSION, builder.v("1) Cover", 6, "C", "2.1 " + "x".repeat(30)));
		builder.cover.put(CoverField.TELEPHONE, builder.v("1) Cover", 9, "C", "0161 ".repeat(15)));
		MappedReturn mapped = mapper.map(builder.build(), new Checks("tameside.xlsx"));

		assertThat(mapped.rejected()).isFalse();
		assertThat(mapped.findings()).extracting(Finding::rule, Finding::row, Finding::message)
			.containsExactly(tuple(Checks.TEXT_TOO_LONG, 6,
					"The Cover's 'Template version' is 34 characters long, more than the 20 kept: only its first 20"
							+ " were loaded"),
					tuple(Checks.TEXT_TOO_LONG, 9, "The Cover's 'Telephone' is 74 characters long, more than the 60"
							+ " kept: only its first 60 were loaded"));
		assertThat(mapped.facts()).filteredOn(CoverFact.class::isInstance)
			.singleElement()
			.satisfies(fact -> assertThat(((CoverFact) fact).telephone()).hasSize(60));
	}

	@Test
	void recordErrorsNameSheetRowColumnValueAndRule() {
		ReturnBuilder builder = new ReturnBuilder();
		builder.metrics.set(0, builder.metricRow(6, "NEA", "5000", "4,900", "5210.5"));
		MappedReturn mapped = mapper.map(builder.build(), new Checks("tameside.xlsx"));

		assertThat(mapped.rejected()).isTrue();
		assertThat(mapped.facts()).isEmpty();
		assertThat(mapped.findings()).singleElement()
			.isEqualTo(new Finding(Level.RECORD, Severity.ERROR, "tameside.xlsx", "2) Metrics", 6, "D", "5210.5",
					"count-fractional", "NEA actual must be a whole number"));
	}

	@Test
	void aPeriodAfterTheCurrentQuarterIsRejected() {
		ReturnBuilder builder = new ReturnBuilder();
		builder.cover.put(CoverField.REPORTING_PERIOD, builder.v("1) Cover", 5, "C", "2016-17 Q4"));
		MappedReturn mapped = mapper.map(builder.build(), new Checks("tameside.xlsx"));

		assertThat(mapped.findings()).extracting(Finding::rule).containsExactly("period-in-future");
	}

	/** A valid Tameside return for 2016-17 Q2, to be spoiled one cell at a time. */
	static final class ReturnBuilder {

		final Map<CoverField, SourceValue> cover = new EnumMap<>(CoverField.class);

		final List<MetricRow> metrics = new ArrayList<>();

		final List<IncomeExpenditureRow> incomeExpenditure = new ArrayList<>();

		final List<SchemeRow> schemes = new ArrayList<>();

		SchemeRow savingsTotal;

		ReturnBuilder() {
			cover.put(CoverField.HWB_NAME, v("1) Cover", 3, "C", "Tameside"));
			cover.put(CoverField.ONS_CODE, v("1) Cover", 4, "C", " e08000008 "));
			cover.put(CoverField.REPORTING_PERIOD, v("1) Cover", 5, "C", "Q2 2016/17"));
			cover.put(CoverField.TEMPLATE_VERSION, v("1) Cover", 6, "C", 2.1));
			metrics.add(metricRow(6, "NEA", "5000", "4,900", "5210"));
			metrics.add(metricRow(7, "Delayed transfers of care (delayed days)", "1200", "1100", 1300.0));
			metrics.add(metricRow(8, "RES", "40", "38", "41"));
			metrics.add(new MetricRow(v("2) Metrics", 9, "A", "REA"), v("2) Metrics", 9, "B", 0.8),
					v("2) Metrics", 9, "C", "82%"), blank(9, "D"), v("2) Metrics", 9, "E", 80.0),
					v("2) Metrics", 9, "F", "100"), blank(9, "G")));
			incomeExpenditure.add(ieRow(10, "Q1", "1000", "990", "1000", "1,010"));
			incomeExpenditure.add(ieRow(11, "Q2", "1000", "1000", "£1,000", "1000"));
			schemes.add(new SchemeRow(v("4) Savings", 7, "A", "S1"), v("4) Savings", 7, "B", "=HYPERLINK(\"x\")"),
					v("4) Savings", 7, "C", "Admission avoidance"), v("4) Savings", 7, "D", 100_000.0),
					v("4) Savings", 7, "E", "40000"), v("4) Savings", 7, "F", "on track")));
			schemes.add(new SchemeRow(v("4) Savings", 8, "A", "S2"), v("4) Savings", 8, "B", "Discharge"),
					v("4) Savings", 8, "C", "Discharge"), v("4) Savings", 8, "D", "50,000"),
					v("4) Savings", 8, "E", "20,000"), v("4) Savings", 8, "F", "At risk")));
		}

		BcfContent build() {
			return new BcfContent("tameside.xlsx", cover, metrics, incomeExpenditure, null, schemes, savingsTotal, null,
					List.of());
		}

		SourceValue v(String sheet, int row, String column, Object value) {
			return new SourceValue(value, new Provenance("tameside.xlsx", sheet, row, column));
		}

		SourceValue blank(int row, String column) {
			return v("2) Metrics", row, column, null);
		}

		MetricRow metricRow(int row, String metric, Object baseline, Object plan, Object actual) {
			return new MetricRow(v("2) Metrics", row, "A", metric), v("2) Metrics", row, "B", baseline),
					v("2) Metrics", row, "C", plan), v("2) Metrics", row, "D", actual), blank(row, "E"),
					blank(row, "F"), blank(row, "G"));
		}

		IncomeExpenditureRow ieRow(int row, String quarter, String plannedIncome, String actualIncome,
				String plannedExpenditure, String actualExpenditure) {
			String sheet = "3) Income and Expenditure";
			return new IncomeExpenditureRow(v(sheet, row, "A", quarter), v(sheet, row, "B", plannedIncome),
					v(sheet, row, "C", actualIncome), v(sheet, row, "D", plannedExpenditure),
					v(sheet, row, "E", actualExpenditure));
		}

	}

}
