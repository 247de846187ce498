package org.joinedup.transform.ae;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.text.TextMatch;
import org.joinedup.ingest.value.Numbers;
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
 * R3, the monthly A&E attendances and emergency admissions extract: one national file per
 * month, one row per provider and a TOTAL row, which is not a provider but is checked
 * against the sum of the provider rows. The monthly workbook's rows are mapped here too
 * ({@link AeWorkbookMapper}).
 */
public class AeReturnMapper extends CsvReturnMapper<AeRow> {

	private final AeReader reader;

	private final ProviderDirectory providers;

	public AeReturnMapper(AeReader reader, ProviderDirectory providers) {
		this.reader = reader;
		this.providers = providers;
	}

	@Override
	public ReturnType type() {
		return ReturnType.AE_MONTHLY;
	}

	@Override
	protected CsvContent<AeRow> read(Path file) throws IOException {
		return reader.read(file);
	}

	@Override
	protected MappedReturn map(List<AeRow> rows, Checks checks) {
		ProviderCodes providerCodes = ProviderCodes.current(providers);
		FileMonth fileMonth = new FileMonth(checks, "MSitAE-OCTOBER-2016 (in a workbook, Period: October 2016)");
		List<AeFact> facts = new ArrayList<>();
		AeRow total = null;
		for (AeRow row : rows) {
			if (isTotal(row)) {
				total = row;
				continue;
			}
			fileMonth.check(month(row.period()), row.period())
				.flatMap(month -> fact(row, month, providerCodes, checks))
				.ifPresent(facts::add);
		}
		if (facts.isEmpty() && !checks.hasErrors()) {
			checks.fileError("extract-empty", "The extract has no provider rows");
		}
		if (total != null && !checks.hasErrors()) {
			checkTotal(total, facts, checks);
		}
		SubmissionKey key = fileMonth.month()
			.map(month -> SubmissionKey.monthly(type(), null, null, month))
			.orElse(SubmissionKey.unknown(type()));
		return new MappedReturn(key, checks.hasErrors() ? List.of() : List.<Fact>copyOf(facts), checks.findings());
	}

	/** The extract's TOTAL row, or the workbook's first row, England. */
	private static boolean isTotal(AeRow row) {
		return TextMatch.same(row.orgCode().text(), "TOTAL")
				|| TextMatch.sameAsAny(row.orgName().text(), List.of("TOTAL", "England"));
	}

	/**
	 * {@code MSitAE-OCTOBER-2016} in the extract, {@code October 2016} in the workbook.
	 */
	private static Optional<FinancialMonth> month(SourceValue period) {
		return FinancialMonth.parseAePeriod(period.text()).or(() -> FinancialMonth.parseMonthAndYear(period.text()));
	}

	private static Optional<AeFact> fact(AeRow row, FinancialMonth month, ProviderCodes providerCodes, Checks checks) {
		long errorsBefore = checks.errorCount();
		String code = providerCodes.provider(row.orgCode(), checks);
		if (row.parentOrg().isBlank()) {
			checks.error(Level.RECORD, row.parentOrg(), "value-missing", "Every provider row needs its Parent Org");
		}
		Map<AeColumn, Long> counts = new EnumMap<>(AeColumn.class);
		for (AeColumn column : AeColumn.COUNTS) {
			BigDecimal n = checks.count(row.count(column), column.header(), false);
			counts.put(column, n == null ? null : n.longValueExact());
		}
		if (checks.errorCount() > errorsBefore) {
			return Optional.empty();
		}
		return Optional.of(new AeFact(month, code, checks.text(row.parentOrg(), 200, "The Parent Org"),
				checks.text(row.orgName(), 200, "The Org name"), counts, row.orgCode().at().row()));
	}

	/**
	 * A stated total that differs from the sum of the provider rows is a group-level
	 * warning, per column.
	 */
	private static void checkTotal(AeRow total, List<AeFact> facts, Checks checks) {
		Map<AeColumn, Long> sums = new HashMap<>();
		facts.forEach(fact -> fact.counts().forEach((column, n) -> {
			if (n != null) {
				sums.merge(column, n, Long::sum);
			}
		}));
		for (AeColumn column : AeColumn.COUNTS) {
			SourceValue stated = total.count(column);
			BigDecimal value = Numbers.parse(stated).value();
			long sum = sums.getOrDefault(column, 0L);
			if (value != null && value.compareTo(BigDecimal.valueOf(sum)) != 0) {
				checks.warning(Level.GROUP, stated, "total-mismatch", "The TOTAL row's " + column.header()
						+ " differs from the sum of the provider rows (" + sum + ")");
			}
		}
	}

}
