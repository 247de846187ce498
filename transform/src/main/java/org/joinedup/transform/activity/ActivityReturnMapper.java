package org.joinedup.transform.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.WorkbookReturnMapper;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.transform.period.FileMonth;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.period.FinancialMonth;

/**
 * R7, the monthly activity return by commissioner: one national workbook per month. The
 * commissioners (CCGs, and NHS England for what it commissions directly) are kept as the
 * file gives them, as no reference we hold lists them; the England row is checked against
 * their sum, not kept.
 */
class ActivityReturnMapper extends WorkbookReturnMapper<ActivityContent> {

	private static final Pattern COMMISSIONER_CODE = Pattern.compile("[A-Z0-9]{3,5}");

	ActivityReturnMapper(Workbooks workbooks) {
		super(ReturnType.ACTIVITY_MONTHLY, workbooks, new ActivityReader()::read);
	}

	@Override
	protected MappedReturn map(ActivityContent content, Checks checks) {
		content.findings().forEach(checks::add);
		if (checks.hasErrors()) {
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), checks.findings());
		}
		FileMonth fileMonth = new FileMonth(checks, "Year 2016-17 and Period OCTOBER");
		List<ActivityFact> facts = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (ActivityRow row : content.commissioners()) {
			fileMonth.check(FinancialMonth.parse(row.year().text(), row.period().text()), row.period())
				.flatMap(month -> fact(row, month, codes, checks))
				.ifPresent(facts::add);
		}
		if (facts.isEmpty() && !checks.hasErrors()) {
			checks.fileError(ActivityReader.SHEET, "extract-empty", "The Commissioner sheet has no commissioner rows");
		}
		if (!checks.hasErrors()) {
			new EnglandTotalCheck(checks).check(content.england(), facts);
		}
		SubmissionKey key = fileMonth.month()
			.map(month -> SubmissionKey.monthly(type(), null, null, month))
			.orElse(SubmissionKey.unknown(type()));
		return new MappedReturn(key, checks.hasErrors() ? List.of() : List.<Fact>copyOf(facts), checks.findings());
	}

	private static Optional<ActivityFact> fact(ActivityRow row, FinancialMonth month, Set<String> codes,
			Checks checks) {
		int findingsBefore = checks.findings().size();
		String code = row.orgCode().text().trim().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			checks.error(Level.RECORD, row.orgCode(), "commissioner-code-missing",
					"Every commissioner row needs its Org Code (e.g. 00C)");
		}
		else if (!COMMISSIONER_CODE.matcher(code).matches()) {
			checks.error(Level.RECORD, row.orgCode(), "commissioner-code-malformed",
					"A commissioner's Org Code is 3 to 5 letters and digits (e.g. 00C, X24)");
		}
		else if (!codes.add(code)) {
			checks.error(Level.RECORD, row.orgCode(), "commissioner-duplicate",
					"The commissioner " + code + " has more than one row: its activity would count twice");
		}
		Map<ActivityColumn, Long> counts = new EnumMap<>(ActivityColumn.class);
		for (ActivityColumn column : ActivityColumn.COUNTS) {
			BigDecimal n = checks.count(row.count(column), column.header(), false);
			counts.put(column, n == null ? null : n.longValueExact());
		}
		if (checks.findings().size() > findingsBefore) {
			return Optional.empty();
		}
		return Optional.of(new ActivityFact(month, checks.text(row.regionCode(), 20, "The Region Code"),
				checks.text(row.regionName(), 200, "The Region Name"), code,
				checks.text(row.orgName(), 200, "The Org Name"), counts, row.orgCode().at().sheet(),
				row.orgCode().at().row()));
	}

}
