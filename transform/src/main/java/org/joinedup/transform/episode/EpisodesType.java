package org.joinedup.transform.episode;

import java.util.List;

import org.joinedup.ingest.detect.CsvHeaderDetector;
import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/** R6, the admitted patient episodes extract, streamed into counts (see README.md). */
public final class EpisodesType {

	static final FactTable<EpisodeCountFact> COUNTS = FactTable.of(EpisodeCountFact.class, WarehouseTable.EPISODE_COUNT,
			"""
					area_code, period_month, method_group, age_band, admissions, discharges, length_of_stay_days,
					first_line, last_line""", f -> List.of(f.areaCode(), f.month(), f.methodGroup(), f.ageBand(),
					f.admissions(), f.discharges(), f.lengthOfStayDays(), f.firstLine(), f.lastLine()));

	public static final ReturnTypeDefinition DEFINITION = new ReturnTypeDefinition(ReturnType.EPISODES,
			"admitted patient episode extracts (CSV)", new CsvHeaderDetector(List.of(EpisodeColumn.values()), 0),
			context -> new EpisodesMapper(new EpisodesReader(), context.areas(), context.episodesMaxBadFraction()),
			List.of(COUNTS));

	private EpisodesType() {
	}

}
