package org.joinedup.transform.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.testing.Feeds;
import org.junit.jupiter.api.Test;

class ProvidersReferenceMapperTest {

	private final ProvidersReferenceMapper mapper = new ProvidersReferenceMapper(new ProvidersReader());

	@Test
	void readsNhsDigitalsHeaderlessTrustFileByItsShape() {
		MappedReturn mapped = mapper.map(Feeds.file("etr.csv"), "etr.csv");

		assertThat(mapped.findings()).isEmpty();
		assertThat(mapped.facts()).map(ProviderFact.class::cast)
			.extracting(ProviderFact::odsCode, ProviderFact::region, ProviderFact::openedOn, ProviderFact::closedOn,
					ProviderFact::sourceRow)
			.containsExactly(tuple("RVW", "Y54", LocalDate.of(1994, 4, 1), null, 1),
					tuple("RW3", "Y54", LocalDate.of(1994, 4, 1), LocalDate.of(2017, 10, 1), 2),
					tuple("RAL", "Y56", LocalDate.of(1994, 4, 1), null, 3),
					tuple("RYJ", "Y56", LocalDate.of(1994, 4, 1), null, 4));
	}

	@Test
	void toleratesABomColumnsInAnyOrderAMissingParentCodeAndPaddedLowerCaseCodes() {
		MappedReturn mapped = mapper.map(Feeds.file("providers-messy.csv"), "providers-messy.csv");

		assertThat(mapped.findings()).isEmpty();
		assertThat(mapped.facts()).map(ProviderFact.class::cast)
			.extracting(ProviderFact::odsCode, ProviderFact::name, ProviderFact::parentCode, ProviderFact::parentName)
			.containsExactly(
					tuple("RVW", "North Tees and Hartlepool NHS Foundation Trust", null, "NHS England North East"),
					tuple("RJ1", "Guy's and St Thomas', London", null, "NHS England London"));
	}

}
