package org.joinedup.transform.bcf;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.value.Dates;
import org.joinedup.transform.area.AreaDirectory;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.code.OnsCode;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * The Cover sheet's rules: required labels, the area's code, the reporting period, the
 * template version.
 */
final class CoverCheck {

	static final FinancialQuarter FIRST_PERIOD = new FinancialQuarter(2014, 1);

	private final Checks checks;

	private final AreaDirectory areas;

	private final FinancialQuarter currentQuarter;

	CoverCheck(Checks checks, AreaDirectory areas, FinancialQuarter currentQuarter) {
		this.checks = checks;
		this.areas = areas;
		this.currentQuarter = currentQuarter;
	}

	record Cover(String onsCode, String areaName, FinancialQuarter period, CoverFact fact) {
	}

	Optional<Cover> check(Map<CoverField, SourceValue> cover) {
		String sheet = cover.values().stream().findFirst().map(v -> v.at().sheet()).orElse("Cover");
		for (CoverField field : CoverField.values()) {
			if (field.required() && isBlank(cover.get(field))) {
				checks.fileError(sheet, "cover-label-missing",
						"The Cover sheet has no value for '" + field.label() + "'" + aliases(field)
								+ ": put the label in columns A-D of the first 40 rows, the value to its right");
			}
		}
		if (checks.hasErrors()) {
			return Optional.empty();
		}
		String code = onsCode(cover.get(CoverField.ONS_CODE));
		FinancialQuarter period = period(cover.get(CoverField.REPORTING_PERIOD));
		checkVersion(cover.get(CoverField.TEMPLATE_VERSION));
		if (code == null || period == null || checks.hasErrors()) {
			return Optional.empty();
		}
		SourceValue name = cover.get(CoverField.HWB_NAME);
		CoverFact fact = new CoverFact(text(cover, CoverField.HWB_NAME, 200),
				text(cover, CoverField.TEMPLATE_VERSION, 20), text(cover, CoverField.COMPLETED_BY, 200),
				text(cover, CoverField.EMAIL, 200), text(cover, CoverField.TELEPHONE, 60),
				date(cover.get(CoverField.DATE_SIGNED_OFF)), name.at().sheet());
		return Optional.of(new Cover(code, fact.hwbName(), period, fact));
	}

	private String onsCode(SourceValue value) {
		String code = OnsCode.normalise(value.text());
		if (!OnsCode.isWellFormed(code)) {
			checks.error(Level.FILE, value, "ons-code-malformed",
					"The ONS code must be E06, E08, E09 or E10 followed by six digits, e.g. E08000008");
			return null;
		}
		if (!areas.contains(code)) {
			checks.error(Level.FILE, value, "ons-code-unknown",
					"The ONS code is not an area in any version of the areas reference");
			return null;
		}
		return code;
	}

	private FinancialQuarter period(SourceValue value) {
		Optional<FinancialQuarter> parsed = FinancialQuarter.parse(value.text());
		if (parsed.isEmpty()) {
			checks.error(Level.FILE, value, "period-unparseable",
					"The reporting period must be a financial quarter such as 'Q3 2016-17' or '2016-17 Q3'");
			return null;
		}
		FinancialQuarter period = parsed.get();
		if (FIRST_PERIOD.isAfter(period)) {
			checks.error(Level.FILE, value, "period-too-early",
					"The reporting period is before " + FIRST_PERIOD + ", the first Better Care Fund quarter");
			return null;
		}
		if (period.isAfter(currentQuarter)) {
			checks.error(Level.FILE, value, "period-in-future",
					"The reporting period is after the current quarter, " + currentQuarter);
			return null;
		}
		return period;
	}

	private void checkVersion(SourceValue value) {
		String major = value.text().trim().replaceFirst("^[vV]", "").split("\\.")[0].trim();
		if (!major.equals("1") && !major.equals("2")) {
			checks.error(Level.FILE, value, "template-version-unsupported",
					"Template major versions 1 and 2 are supported; fill in the current template");
		}
	}

	private static String aliases(CoverField field) {
		return field.labels().size() == 1 ? ""
				: " (also accepted: " + String.join(", ", field.labels().subList(1, field.labels().size())) + ")";
	}

	private static boolean isBlank(SourceValue value) {
		return value == null || value.isBlank();
	}

	/**
	 * @param max what its warehouse column holds
	 */
	private String text(Map<CoverField, SourceValue> cover, CoverField field, int max) {
		return checks.text(cover.get(field), max, "The Cover's '" + field.label() + "'");
	}

	private LocalDate date(SourceValue value) {
		return isBlank(value) ? null : Dates.parse(value).value();
	}

}
