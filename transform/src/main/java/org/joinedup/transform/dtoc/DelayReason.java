package org.joinedup.transform.dtoc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasons for delay of R2, as coded in the extract; {@code O_OTHER} exists from
 * 2017-18 on. The workbooks head them by the letter the code starts with:
 * {@code DII) Awaiting nursing home placement} is {@code DII_NURSING_HOME}.
 */
public enum DelayReason {

	A_COMPLETION_ASSESSMENT, B_PUBLIC_FUNDING, C_FURTHER_NON_ACUTE_NHS, DI_RESIDENTIAL_HOME, DII_NURSING_HOME,
	E_CARE_PACKAGE_IN_HOME, F_COMMUNITY_EQUIP_ADAPT, G_PATIENT_FAMILY_CHOICE, H_DISPUTES, I_HOUSING, O_OTHER(2017);

	private static final Pattern HEADING_LETTER = Pattern.compile("^\\s*([A-Za-z]{1,3})\\s*\\)");

	private final int fromFinYear;

	DelayReason() {
		this(0);
	}

	DelayReason(int fromFinYear) {
		this.fromFinYear = fromFinYear;
	}

	/**
	 * The reason a code stands for in the given financial year (2016 = 2016-17), if it is
	 * one of that year's.
	 */
	static Optional<DelayReason> of(String code, int finYear) {
		String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(reason -> reason.name().equals(normalised) && finYear >= reason.fromFinYear)
			.findFirst();
	}

	/**
	 * The reason a heading such as {@code A) COMPLETION OF ASSESSMENT} stands for in the
	 * given financial year; empty when it does not start with a reason's letter and
	 * {@code )}.
	 */
	public static Optional<DelayReason> ofHeading(String heading, int finYear) {
		Matcher letter = HEADING_LETTER.matcher(heading == null ? "" : heading);
		if (!letter.find()) {
			return Optional.empty();
		}
		String prefix = letter.group(1).toUpperCase(Locale.ROOT) + "_";
		return Arrays.stream(values())
			.filter(reason -> reason.name().startsWith(prefix) && finYear >= reason.fromFinYear)
			.findFirst();
	}

}
