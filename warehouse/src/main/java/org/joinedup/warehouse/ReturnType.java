package org.joinedup.warehouse;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The return types joinedup knows, as {@code submission.return_type} spells them: the one
 * list of them. Each says how often it arrives and what the quarterly workbook makes of
 * it; how it is recognised, read, checked and stored is its definition in transform
 * ({@code ReturnTypes}). Declaration order is detection order: the first type whose
 * detector matches a file wins.
 */
public enum ReturnType {

	/** Before BCF_QUARTERLY, whose detector takes any workbook. */
	ACTIVITY_MONTHLY("Monthly activity return, commissioner level", Cadence.MONTHLY, ReportUse.YEAR_TO_DATE),
	/**
	 * Before {@link #BCF_QUARTERLY}, whose detector takes any workbook: this one knows
	 * the ONS workbook by its sheet names.
	 */
	POPULATION_REFERENCE("Population estimates reference (ONS mid-year)", Cadence.REFERENCE, ReportUse.EVERY_QUARTER),
	DTOC_LA_MONTHLY("Delayed transfers of care, monthly local authority workbook", Cadence.MONTHLY,
			ReportUse.YEAR_TO_DATE),
	DTOC_ENGLAND_SERIES("Delayed transfers of care, England time series", Cadence.REFERENCE, ReportUse.EVERY_QUARTER),
	/** Before BCF, which claims every other workbook. */
	AE_MONTHLY("A&E attendances and emergency admissions, monthly", Cadence.MONTHLY, ReportUse.YEAR_TO_DATE),
	BCF_QUARTERLY("Better Care Fund quarterly return", Cadence.QUARTERLY, ReportUse.YEAR_TO_DATE),
	AREAS_REFERENCE("Areas reference", Cadence.REFERENCE, ReportUse.EVERY_QUARTER),
	DTOC_MONTHLY("Delayed transfers of care, monthly provider extract", Cadence.MONTHLY, ReportUse.YEAR_TO_DATE),
	PROVIDERS_REFERENCE("Providers reference", Cadence.REFERENCE, ReportUse.NONE),
	SURVEY_RESPONSES("Leadership survey, respondent level", Cadence.UNDATED, ReportUse.EVERY_QUARTER),
	SURVEY_AGGREGATE("Leadership survey, published results", Cadence.UNDATED, ReportUse.EVERY_QUARTER),
	EPISODES("Admitted patient episodes, emergency extract", Cadence.MONTHS_COVERED, ReportUse.QUARTER),
	/** A file of no known type: always rejected. */
	UNKNOWN("Unrecognised file", Cadence.UNDATED, ReportUse.NONE);

	private final String title;

	private final Cadence cadence;

	private final ReportUse reportUse;

	ReturnType(String title, Cadence cadence, ReportUse reportUse) {
		this.title = title;
		this.cadence = cadence;
		this.reportUse = reportUse;
	}

	public String title() {
		return title;
	}

	public Cadence cadence() {
		return cadence;
	}

	public ReportUse reportUse() {
		return reportUse;
	}

	public boolean isReference() {
		return cadence == Cadence.REFERENCE;
	}

	/** {@code alias.return_type = 'BCF_QUARTERLY'}, for SQL. */
	public String of(String alias) {
		return alias + ".return_type = " + literal();
	}

	public String literal() {
		return "'" + name() + "'";
	}

	/** The known types (not {@link #UNKNOWN}), in detection order. */
	public static List<ReturnType> known() {
		return where(type -> type != UNKNOWN);
	}

	public static List<ReturnType> where(Predicate<ReturnType> condition) {
		return Arrays.stream(values()).filter(condition).toList();
	}

	/**
	 * {@code alias.return_type IN (...)} of the given types, for SQL; never true when
	 * there are none.
	 */
	public static String anyOf(String alias, List<ReturnType> types) {
		if (types.isEmpty()) {
			return "1 = 0";
		}
		return alias + ".return_type IN (" + types.stream().map(ReturnType::literal).collect(Collectors.joining(", "))
				+ ")";
	}

}
