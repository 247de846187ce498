package org.joinedup.transform.dtocla;

import java.util.Map;
import java.util.Optional;

import org.joinedup.ingest.text.TextMatch;
import org.joinedup.transform.dtoc.DelayReason;

/**
 * The sheets of the LA workbook, each the same delayed days broken down another way, and
 * the categories their column headings stand for. Reasons are found by their letter, as
 * their wording changed between releases.
 */
enum LaBreakdown {

	RESPONSIBLE_ORG("LA - by responsible org", Map.of("NHS", "NHS", "Social Care", "SOCIAL_CARE", "Both", "BOTH")),
	TYPE_OF_CARE("LA - by type of care", Map.of("Acute", "ACUTE", "Non-Acute", "NON-ACUTE")),
	REASON("LA - by reason", Map.of());

	private final String sheetName;

	private final Map<String, String> categoriesByHeading;

	LaBreakdown(String sheetName, Map<String, String> categoriesByHeading) {
		this.sheetName = sheetName;
		this.categoriesByHeading = categoriesByHeading;
	}

	String sheetName() {
		return sheetName;
	}

	/**
	 * The category a column heading stands for in the given financial year (2016 =
	 * 2016-17), if any.
	 */
	Optional<String> category(String heading, int finYear) {
		if (this == REASON) {
			return DelayReason.ofHeading(heading, finYear).map(Enum::name);
		}
		return categoriesByHeading.entrySet()
			.stream()
			.filter(entry -> TextMatch.same(heading, entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst();
	}

}
