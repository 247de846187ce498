package org.joinedup.transform.population;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.code.OnsCode;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.WorkbookReturnMapper;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.warehouse.ReturnType;

/**
 * R5 populations: each Health and Wellbeing Board area's population and population 65+
 * from ONS's mid-year estimates; a new accepted workbook replaces the current one, which
 * stays in history.
 */
public class PopulationReferenceMapper extends WorkbookReturnMapper<Estimates> {

	/** The geographies of upper-tier authorities, which are the Boards' areas. */
	static final List<String> BOARD_GEOGRAPHIES = List.of("Unitary Authority", "Metropolitan District",
			"London Borough", "County");

	static final String ENGLAND = "E92000001";

	PopulationReferenceMapper(Workbooks workbooks) {
		super(ReturnType.POPULATION_REFERENCE, workbooks, new PopulationReader()::read);
	}

	@Override
	protected MappedReturn map(Estimates estimates, Checks checks) {
		estimates.findings().forEach(checks::add);
		if (estimates.sheet() != null && estimates.midYear() == null) {
			checks.fileError(estimates.sheet(), "mid-year-missing",
					"No title above the header names the year of the estimates, as 'mid-2019' does");
		}
		if (checks.hasErrors()) {
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), checks.findings());
		}
		List<PopulationFact> facts = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		EstimateRow england = null;
		for (EstimateRow row : estimates.rows()) {
			String code = OnsCode.normalise(row.code().text());
			if (code.equals(ENGLAND)) {
				england = row;
			}
			// Welsh unitary authorities share the geography but have no Board
			if (TextMatch.sameAsAny(row.geography().text(), BOARD_GEOGRAPHIES) && code.startsWith("E")) {
				area(row, code, codes, estimates, checks).ifPresent(facts::add);
			}
		}
		if (facts.isEmpty() && !checks.hasErrors()) {
			checks.fileError(estimates.sheet(), "reference-empty",
					"The sheet has no rows of upper-tier authorities (" + String.join(", ", BOARD_GEOGRAPHIES) + ")");
		}
		if (england != null && !checks.hasErrors()) {
			new EnglandTotalCheck(checks).check(england, facts);
		}
		SubmissionKey key = new SubmissionKey(type(), null, "mid-" + estimates.midYear(), null);
		return new MappedReturn(key, checks.hasErrors() ? List.of() : List.<Fact>copyOf(facts), checks.findings());
	}

	private static Optional<PopulationFact> area(EstimateRow row, String code, Set<String> codes, Estimates estimates,
			Checks checks) {
		if (!OnsCode.isWellFormed(code)) {
			checks.error(Level.RECORD, row.code(), "ons-code-malformed",
					"The ONS code of an upper-tier authority must be E06, E08, E09 or E10 followed by six digits");
			return Optional.empty();
		}
		if (!codes.add(code)) {
			checks.error(Level.RECORD, row.code(), "ons-code-duplicate", "The ONS code appears more than once");
			return Optional.empty();
		}
		BigDecimal allAges = checks.count(row.allAges(), "All ages", true);
		BigDecimal aged65AndOver = BigDecimal.ZERO;
		for (SourceValue age : row.aged65AndOver()) {
			BigDecimal count = checks.count(age, "A population by age", true);
			aged65AndOver = count == null || aged65AndOver == null ? null : aged65AndOver.add(count);
		}
		if (allAges == null || aged65AndOver == null) {
			return Optional.empty();
		}
		if (aged65AndOver.compareTo(allAges) > 0) {
			checks.error(Level.RECORD, row.allAges(), "population-65-over-all-ages",
					"All ages is less than the ages 65 to 90+ added up (" + aged65AndOver + ")");
			return Optional.empty();
		}
		return Optional.of(new PopulationFact(code, checks.text(row.name(), 200, "The area name"),
				checks.text(row.geography(), 60, "The geography"), estimates.midYear(), allAges.longValueExact(),
				aged65AndOver.longValueExact(), estimates.sheet(), row.code().at().row()));
	}

}
