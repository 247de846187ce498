package org.joinedup.transform.dtoc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The reasons for delay of R2, as coded in the extract; {@code O_OTHER} exists from
 * 2017-18 on.
 */
enum DelayReason {

	A_COMPLETION_ASSESSMENT, B_PUBLIC_FUNDING, C_FURTHER_NON_ACUTE_NHS, DI_RESIDENTIAL_HOME, DII_NURSING_HOME,
	E_CARE_PACKAGE_IN_HOME, F_COMMUNITY_EQUIP_ADAPT, G_PATIENT_FAMILY_CHOICE, H_DISPUTES, I_HOUSING, O_OTHER(2017);

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

}
