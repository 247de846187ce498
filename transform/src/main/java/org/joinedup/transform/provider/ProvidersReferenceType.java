package org.joinedup.transform.provider;

import java.util.Arrays;
import java.util.List;

import org.joinedup.ingest.detect.CsvHeaderDetector;
import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/**
 * R5, the providers reference: our CSV with a header, or NHS Digital's headerless trust
 * file (see README.md).
 */
public final class ProvidersReferenceType {

	static final FactTable<ProviderFact> PROVIDERS = FactTable.of(ProviderFact.class, WarehouseTable.PROVIDER,
			"ods_code, name, parent_code, parent_name, region, opened_on, closed_on, source_row",
			f -> Arrays.asList(f.odsCode(), f.name(), f.parentCode(), f.parentName(), f.region(), f.openedOn(),
					f.closedOn(), f.sourceRow()));

	public static final ReturnTypeDefinition DEFINITION = new ReturnTypeDefinition(ReturnType.PROVIDERS_REFERENCE,
			"the providers reference (CSV, or NHS Digital's trust file)",
			new CsvHeaderDetector(List.of(ProviderColumn.values()), 0).or(new TrustFileDetector()),
			context -> new ProvidersReferenceMapper(new ProvidersReader()), List.of(PROVIDERS));

	private ProvidersReferenceType() {
	}

}
