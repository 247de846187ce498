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
 * The areas a quarter's workbook shows: the rates per 100,000 of Care outcomes take the
 * population 65+ from the current ONS estimates, and from the areas reference for an area
 * they lack; an area whose code was retired stays while it has a return for the quarter.
 */
class ExpectedAreasTest {

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

	@Test
	void keepsAnAreaWhoseCodeWasRetiredWhileItHasAReturnForTheQuarter() {
		BcfFixture.load(warehouse);
		AreaQueries areas = new AreaQueries(new NamedParameterJdbcTemplate(warehouse.dataSource));
		// only the superseded reference lists E10000099; the current one ends E06000099
		// in March 2016
		bcfReturn(951, "E10000099");
		bcfReturn(952, "E06000099");

		assertThat(areas.expectedAreas(Q2)).extracting(Area::onsCode, Area::name, Area::population65)
			.contains(tuple("E10000099", "Ghost County", 99_999L), tuple("E06000099", "Oldtown", 5_000L));
		assertThat(areas.expectedAreas(new FinancialQuarter(2016, 3))).extracting(Area::onsCode)
			.doesNotContain("E10000099", "E06000099");
	}

	private void bcfReturn(long id, String area) {
		LocalDateTime received = LocalDateTime.of(2016, 10, 20, 11, 0);
		warehouse.file(id, area + "-2016-17-q2.xlsx", received);
		warehouse.submission(id, "BCF_QUARTERLY", area, Q2.finYear(), Q2.quarter(), "ACCEPTED", received);
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
