package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;

import org.joinedup.report.query.Area;
import org.joinedup.report.query.AreaQueries;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The rates per 100,000 of Care outcomes take the population 65+ from the current ONS
 * estimates, and from the areas reference for an area they lack.
 */
class CareOutcomesPopulationTest {

	private static final FinancialQuarter Q2 = new FinancialQuarter(2016, 2);

	private final Warehouse warehouse = Warehouse.migrated();

	@Test
	void prefersTheLatestOnsEstimateToTheAreasReference() {
		BcfFixture.load(warehouse);
		estimates(901, "ukmidyearestimates2018.xls", 2018, 39_500);
		estimates(902, "ukmidyearestimates2019.xls", 2019, 40_026);
		warehouse.supersede(901, 902);

		assertThat(new AreaQueries(new NamedParameterJdbcTemplate(warehouse.dataSource)).expectedAreas(Q2))
			.extracting(Area::onsCode, Area::population65)
			.contains(tuple(BcfFixture.TAMESIDE, 40_026L), tuple(BcfFixture.BARKING, 20_000L));
	}

	private void estimates(long id, String file, int midYear, long tamesidePopulation65) {
		LocalDateTime received = LocalDateTime.of(midYear + 1, 6, 30, 9, 0);
		warehouse.file(id, file, received);
		warehouse.submission(id, "POPULATION_REFERENCE", null, null, null, "ACCEPTED", received);
		warehouse.jdbc.update("""
				INSERT INTO area_population (submission_id, ons_code, name, geography, mid_year, population,
				  population_65, source_sheet, source_row)
				VALUES (?, ?, 'Tameside', 'Metropolitan District', ?, 226493, ?, 'MYE2 - Persons', 46)""", id,
				BcfFixture.TAMESIDE, midYear, tamesidePopulation65);
	}

}
