package org.joinedup.warehouse;

import java.util.Locale;

/**
 * The warehouse tables that hold facts; every row carries {@code submission_id} and the
 * place it came from.
 */
public enum WarehouseTable {

	AREA, PROVIDER, BCF_COVER, METRIC_FACT, INCOME_EXPENDITURE_FACT, SAVINGS_SCHEME_FACT, NARRATIVE_FACT, DTOC_FACT,
	DTOC_LA_FACT, DTOC_ENGLAND_FACT, AE_FACT, SURVEY_ANSWER, SURVEY_SHARE, EPISODE_COUNT, ACTIVITY_FACT,
	AREA_POPULATION;

	public String sqlName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
