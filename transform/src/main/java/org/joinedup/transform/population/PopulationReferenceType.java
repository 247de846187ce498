package org.joinedup.transform.population;

import java.util.Arrays;
import java.util.List;

import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/**
 * R5, the populations: ONS's mid-year estimates workbook, for the rates per 100,000 (see
 * README.md).
 */
public final class PopulationReferenceType {

	static final FactTable<PopulationFact> POPULATIONS = FactTable.of(PopulationFact.class,
			WarehouseTable.AREA_POPULATION,
			"ons_code, name, geography, mid_year, population, population_65, source_sheet, source_row",
			f -> Arrays.asList(f.onsCode(), f.name(), f.geography(), f.midYear(), f.population(), f.population65(),
					f.sourceSheet(), f.sourceRow()));

	public static final ReturnTypeDefinition DEFINITION = new ReturnTypeDefinition(ReturnType.POPULATION_REFERENCE,
			"ONS mid-year population estimates workbooks (sheet 'MYE2 - Persons')", EstimatesWorkbook.DETECTOR,
			context -> new PopulationReferenceMapper(context.workbooks()), List.of(POPULATIONS));

	private PopulationReferenceType() {
	}

}
