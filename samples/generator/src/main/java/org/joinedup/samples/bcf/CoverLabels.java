package org.joinedup.samples.bcf;

import org.joinedup.samples.bcf.Layout.Labels;

/** The Cover's labels in each wording a sender may use. */
final class CoverLabels {

	static final String[] STANDARD = { "Health and Wellbeing Board", "ONS code", "Reporting period", "Template version",
			"Completed by", "E-mail", "Telephone", "Date signed off" };

	private CoverLabels() {
	}

	static String[] of(Labels style) {
		String[] l = STANDARD.clone();
		switch (style) {
			case NOISY -> {
				l[0] = "Health & Wellbeing Board:";
				l[1] = " ONS\u00a0code\u00a0";
				l[2] = "Reporting\u00a0\u00a0period:";
				l[3] = "Template version:";
				l[4] = "Completed by:";
				l[5] = "E-mail:";
				l[6] = "Telephone:";
				l[7] = "Date signed off:";
			}
			case HWB_ALIAS -> {
				l[1] = "HWB code";
				l[2] = "Quarter";
			}
			case GSS_ALIAS -> l[1] = "GSS code";
			default -> {
			}
		}
		return l;
	}

}
