package org.joinedup.transform.ae;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.joinedup.ingest.ae.AeColumn;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.period.FinancialMonth;

/** One provider's row of R3; each count sits in the ae_fact column named after its {@link AeColumn}. */
record AeFact(FinancialMonth month, String orgCode, String parentOrg, String orgName, Map<AeColumn, Long> counts,
		int sourceRow) implements Fact {

	private static final String INSERT = "INSERT INTO ae_fact (submission_id, period_month, fin_year, quarter, "
			+ "org_code, parent_org, org_name, "
			+ AeColumn.COUNTS.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
			+ ", source_row) VALUES (" + String.join(", ", Collections.nCopies(AeColumn.COUNTS.size() + 8, "?")) + ")";

	@Override
	public String insertSql() {
		return INSERT;
	}

	@Override
	public List<Object> values() {
		List<Object> values = new ArrayList<>(List.of(month.firstDay(), month.quarter().finYear(),
				month.quarter().quarter(), orgCode, parentOrg));
		values.add(orgName);
		AeColumn.COUNTS.forEach(column -> values.add(counts.get(column)));
		values.add(sourceRow);
		return values;
	}
}
