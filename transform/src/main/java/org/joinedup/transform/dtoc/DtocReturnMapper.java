package org.joinedup.transform.dtoc;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.transform.area.LegacyAreaCodes;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.CsvReturnMapper;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.transform.period.FileMonth;
import org.joinedup.transform.provider.ProviderCodes;
import org.joinedup.transform.provider.ProviderDirectory;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.period.FinancialMonth;

/**
 * R2, the delayed-transfers monthly provider extract: one national file per month, each
 * row's local authority mapped from its legacy code to the ONS code through the areas
 * reference.
 */
public class DtocReturnMapper extends CsvReturnMapper<DtocRow> {

	private final DtocReader reader;

	private final LegacyAreaCodes legacyCodes;

	private final ProviderDirectory providers;

	public DtocReturnMapper(DtocReader reader, LegacyAreaCodes legacyCodes, ProviderDirectory providers) {
		this.reader = reader;
		this.legacyCodes = legacyCodes;
		this.providers = providers;
	}

	@Override
	public ReturnType type() {
		return ReturnType.DTOC_MONTHLY;
	}

	@Override
	protected CsvContent<DtocRow> read(Path file) throws IOException {
		return reader.read(file);
	}

	@Override
	protected MappedReturn map(List<DtocRow> rows, Checks checks) {
		Map<String, String> areas = legacyCodes.onsCodesByLegacyCode();
		ProviderCodes providerCodes = ProviderCodes.current(providers);
		FileMonth fileMonth = new FileMonth(checks, "Year 2016-17 and Period Name JANUARY");
		List<Fact> facts = new ArrayList<>();
		for (DtocRow row : rows) {
			fileMonth.check(FinancialMonth.parse(row.year().text(), row.periodName().text()), row.periodName())
				.flatMap(month -> fact(row, month, areas, providerCodes, checks))
				.ifPresent(facts::add);
		}
		if (rows.isEmpty() && !checks.hasErrors()) {
			checks.fileError("extract-empty", "The extract has a header but no rows");
		}
		SubmissionKey key = fileMonth.month()
			.map(month -> SubmissionKey.monthly(type(), null, null, month))
			.orElse(SubmissionKey.unknown(type()));
		return new MappedReturn(key, checks.hasErrors() ? List.of() : facts, checks.findings());
	}

	private static Optional<Fact> fact(DtocRow row, FinancialMonth month, Map<String, String> areas,
			ProviderCodes providerCodes, Checks checks) {
		long errorsBefore = checks.errorCount();
		String parent = ProviderCodes.wellFormed(row.parentCode(), checks);
		String provider = providerCodes.provider(row.providerCode(), checks);
		String legacy = row.laCode().text().trim();
		String area = areas.get(legacy);
		if (!legacy.matches("\\d{3}")) {
			checks.error(Level.RECORD, row.laCode(), "legacy-code-malformed",
					"The Local Authority Code is the 3-digit legacy code, e.g. 357");
		}
		else if (area == null) {
			checks.error(Level.RECORD, row.laCode(), "legacy-code-unknown",
					"The Local Authority Code is not in the areas reference");
		}
		String acute = acute(row.acute(), checks);
		Optional<DelayReason> reason = DelayReason.of(row.reason().text(), month.quarter().finYear());
		if (reason.isEmpty()) {
			checks.error(Level.RECORD, row.reason(), "reason-unknown",
					"The Reason For Delay is not one of the " + "coded reasons of " + month.quarter().yearLabel()
							+ " (A_COMPLETION_ASSESSMENT .. I_HOUSING"
							+ (month.quarter().finYear() >= 2017 ? ", O_OTHER)" : ")"));
		}
		Long nhsPatients = count(row.nhsPatients(), "NHS A SUM", checks);
		Long nhsDays = count(row.nhsDays(), "NHS B SUM", checks);
		Long socialCarePatients = count(row.socialCarePatients(), "Social Care A SUM", checks);
		Long socialCareDays = count(row.socialCareDays(), "Social Care B SUM", checks);
		Long bothPatients = count(row.bothPatients(), "Both A SUM", checks);
		Long bothDays = count(row.bothDays(), "Both B SUM", checks);
		if (checks.errorCount() > errorsBefore) {
			return Optional.empty();
		}
		return Optional.of(new DtocFact(month, parent, checks.text(row.parentName(), 200, "The parent name"), provider,
				checks.text(row.providerName(), 200, "The provider name"), legacy, area, acute, reason.get().name(),
				nhsPatients, nhsDays, socialCarePatients, socialCareDays, bothPatients, bothDays,
				row.providerCode().at().row()));
	}

	private static String acute(SourceValue value, Checks checks) {
		if (TextMatch.same(value.text(), "Acute")) {
			return "ACUTE";
		}
		if (TextMatch.sameAsAny(value.text(), List.of("Non-Acute", "Non Acute"))) {
			return "NON-ACUTE";
		}
		checks.error(Level.RECORD, value, "acute-unknown", "Acute Or Non Acute Description is Acute or Non-Acute");
		return null;
	}

	private static Long count(SourceValue value, String what, Checks checks) {
		BigDecimal n = checks.count(value, what, false);
		return n == null ? null : n.longValueExact();
	}

}
