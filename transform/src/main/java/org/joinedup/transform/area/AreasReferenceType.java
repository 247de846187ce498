package org.joinedup.transform.area;

import java.util.Arrays;
import java.util.List;

import org.joinedup.ingest.detect.CsvHeaderDetector;
import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/**
 * R5, the areas reference: the Health and Wellbeing Boards expected to report (see
 * README.md).
 */
public final class AreasReferenceType {

	static final FactTable<AreaFact> AREAS = FactTable.of(AreaFact.class, WarehouseTable.AREA,
			"ons_code, name, area_type, region, legacy_code, population, population_65, valid_from, valid_to, source_row",
			f -> Arrays.asList(f.onsCode(), f.name(), f.type(), f.region(), f.legacyCode(), f.population(),
					f.population65(), f.validFrom(), f.validTo(), f.sourceRow()));

	public static final ReturnTypeDefinition DEFINITION = new ReturnTypeDefinition(ReturnType.AREAS_REFERENCE,
			"the areas reference (CSV)", new CsvHeaderDetector(List.of(AreaColumn.values()), 0),
			context -> new AreasReferenceMapper(new AreasReader()), List.of(AREAS));

	private AreasReferenceType() {
	}

}
