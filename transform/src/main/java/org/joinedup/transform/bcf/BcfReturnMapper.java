package org.joinedup.transform.bcf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.area.AreaDirectory;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.WorkbookReturnMapper;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * R1, the Better Care Fund quarterly return: formats.md's rules, then the facts of an
 * accepted return.
 */
public class BcfReturnMapper extends WorkbookReturnMapper<BcfContent> {

	static final int NARRATIVE_LIMIT = 32_000;

	private final AreaDirectory areas;

	private final Clock clock;

	public BcfReturnMapper(Workbooks workbooks, AreaDirectory areas, Clock clock) {
		super(ReturnType.BCF_QUARTERLY, workbooks, new BcfReader()::read);
		this.areas = areas;
		this.clock = clock;
	}

	@Override
	protected MappedReturn map(BcfContent content, Checks checks) {
		content.findings().forEach(checks::add);
		if (content.cover() == null) {
			checks.fileError("cover-missing", "The workbook has no Cover sheet (the template's '1) Cover')");
		}
		if (content.metrics() == null) {
			checks.fileError("metrics-missing", "The workbook has no Metrics sheet (the template's '2) Metrics')");
		}
		if (checks.hasErrors()) {
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), checks.findings());
		}
		FinancialQuarter current = FinancialQuarter.containing(LocalDate.now(clock));
		Optional<CoverCheck.Cover> cover = new CoverCheck(checks, areas, current).check(content.cover());
		if (cover.isEmpty()) {
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), checks.findings());
		}
		String area = cover.get().onsCode();
		FinancialQuarter period = cover.get().period();
		List<Fact> facts = new ArrayList<>();
		facts.add(cover.get().fact());
		new MetricsCheck(checks, checks.file()).check(content.metrics(), area, period, facts);
		if (content.incomeExpenditure() != null) {
			new IncomeExpenditureCheck(checks).check(content.incomeExpenditure(), content.incomeExpenditureTotal(),
					area, period, facts);
		}
		if (content.schemes() != null) {
			new SavingsCheck(checks).check(content.schemes(), content.savingsTotal(), area, period, facts);
		}
		narrative(content.narrative(), checks).ifPresent(facts::add);
		SubmissionKey key = new SubmissionKey(type(), area, cover.get().areaName(), period);
		return new MappedReturn(key, checks.hasErrors() ? List.of() : facts, checks.findings());
	}

	private static Optional<Fact> narrative(SourceValue narrative, Checks checks) {
		if (narrative == null || narrative.isBlank()) {
			return Optional.empty();
		}
		String text = checks.text(narrative, NARRATIVE_LIMIT, "The narrative");
		return Optional.of(new NarrativeFact(text, narrative.at().sheet(), narrative.at().row()));
	}

}
