package org.joinedup.transform.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.transform.area.AreaDirectory;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.testing.Feeds;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.Test;

/**
 * A messy extract (BOM, CRLF, a blank line, an extra column, UK dates, a lower-case
 * method, padded codes, a patient still in hospital) with 5 bad rows of 19: one of each
 * kind.
 */
class EpisodesMapperTest {

	private static final AreaDirectory AREAS = AreaDirectory.of(Set.of("E06000001"));

	private MappedReturn map(double maxBadFraction) {
		return new EpisodesMapper(new EpisodesReader(), AREAS, maxBadFraction).map(Feeds.file("episodes-messy.csv"),
				"episodes-messy.csv");
	}

	@Test
	void quarantinesBadRowsWithTheirLinesAndCountsTheRestWithinTheTolerance() {
		MappedReturn mapped = map(0.3);

		assertThat(mapped.rejected()).isFalse();
		assertThat(mapped.findings()).allMatch(f -> f.severity() == Severity.WARNING)
			.extracting(Finding::row, Finding::column, Finding::value, Finding::rule)
			.containsExactly(tuple(10, "Admission date", "2017-02-31", "date-unparseable"),
					tuple(11, "Admission method", "99", "admission-method-unknown"),
					tuple(12, "Discharge date", "2017-02-01", "discharge-before-admission"),
					tuple(13, "Resident LA", "E09000999", "area-unknown"),
					tuple(14, null, "too,many", "csv-too-many-fields"));
		assertThat(mapped.key().orgCode()).isEqualTo("2017-01 to 2017-03");
		assertThat(mapped.key().quarter()).isEqualTo(new FinancialQuarter(2016, 4));
		List<EpisodeCountFact> facts = mapped.facts().stream().map(EpisodeCountFact.class::cast).toList();
		assertThat(facts).extracting(EpisodeCountFact::admissions)
			.containsOnly(1L, 2L)
			.hasSize(12)
			.satisfies(counts -> assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(14));
		assertThat(facts).filteredOn(f -> f.methodGroup().equals("EMERGENCY"))
			.extracting(EpisodeCountFact::admissions)
			.satisfies(counts -> assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(7));
		assertThat(facts).contains(
				new EpisodeCountFact("E06000001", LocalDate.of(2017, 1, 1), "EMERGENCY", "65+", 1, 1, 7, 2, 2),
				new EpisodeCountFact("E06000001", LocalDate.of(2017, 1, 1), "ELECTIVE", "65+", 1, 0, 0, 6, 6),
				new EpisodeCountFact("E06000001", LocalDate.of(2017, 3, 1), "EMERGENCY", "18-64", 2, 2, 3, 15, 16));
	}

	@Test
	void rejectsTheWholeFileWhenBadRowsExceedTheTolerance() {
		MappedReturn mapped = map(0.001);

		assertThat(mapped.rejected()).isTrue();
		assertThat(mapped.facts()).isEmpty();
		assertThat(mapped.findings()).filteredOn(Finding::isError)
			.singleElement()
			.satisfies(f -> assertThat(f.rule()).isEqualTo("too-many-bad-rows"))
			.satisfies(f -> assertThat(f.message()).startsWith("5 of 19 rows are bad"));
	}

}
