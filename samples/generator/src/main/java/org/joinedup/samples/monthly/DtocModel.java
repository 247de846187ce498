package org.joinedup.samples.monthly;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.joinedup.samples.bcf.BcfDataModel;
import org.joinedup.samples.bcf.Metric;

/**
 * The delayed-transfers rows of a month: each area's trust reports about a third of its
 * area's BCF DTOC actual for the quarter, split over reasons, acute and non-acute, and
 * the responsible organisations.
 */
public final class DtocModel {

	/**
	 * A reason and which organisations it is usually attributed to: NHS, social care,
	 * both.
	 */
	private record Reason(String code, double nhs, double socialCare, double both) {
	}

	private static final List<Reason> REASONS = List.of(new Reason("A_COMPLETION_ASSESSMENT", 0.12, 0.10, 0),
			new Reason("B_PUBLIC_FUNDING", 0, 0.04, 0), new Reason("C_FURTHER_NON_ACUTE_NHS", 0.22, 0, 0),
			new Reason("DI_RESIDENTIAL_HOME", 0.04, 0.07, 0.02), new Reason("DII_NURSING_HOME", 0.07, 0.06, 0.03),
			new Reason("E_CARE_PACKAGE_IN_HOME", 0.03, 0.12, 0.02),
			new Reason("F_COMMUNITY_EQUIP_ADAPT", 0.02, 0.02, 0),
			new Reason("G_PATIENT_FAMILY_CHOICE", 0.10, 0.03, 0.01), new Reason("H_DISPUTES", 0, 0, 0.01),
			new Reason("I_HOUSING", 0.02, 0.01, 0));

	private static final double NON_ACUTE_SHARE = 0.25;

	private final BcfDataModel bcf;

	private final long seed;

	public DtocModel(BcfDataModel bcf, long seed) {
		this.bcf = bcf;
		this.seed = seed;
	}

	public List<DtocRow> rows(Month month, List<Provider> providers) {
		List<DtocRow> rows = new ArrayList<>();
		for (Provider p : providers) {
			Random r = new Random(seed * 17 + p.code().hashCode() * 13L + month.finYear() * 101L + month.index());
			double days = bcf.returnFor(p.area(), month.quarter()).metric(Metric.DTOC).actual().doubleValue() / 3
					* (0.9 + 0.2 * r.nextDouble());
			for (boolean acute : List.of(true, false)) {
				double share = acute ? 1 - NON_ACUTE_SHARE : NON_ACUTE_SHARE;
				for (Reason reason : REASONS) {
					Long nhs = figure(days * share * reason.nhs(), r);
					Long sc = figure(days * share * reason.socialCare(), r);
					Long both = figure(days * share * reason.both(), r);
					if (nhs != null || sc != null || both != null) {
						rows.add(new DtocRow(p, acute, reason.code(), patients(nhs), nhs, patients(sc), sc,
								patients(both), both));
					}
				}
			}
		}
		return rows;
	}

	/**
	 * Null (an empty cell) where the organisation is never responsible for that reason.
	 */
	private static Long figure(double expected, Random r) {
		return expected == 0 ? null : Math.round(expected * (0.8 + 0.4 * r.nextDouble()));
	}

	/**
	 * Patients delayed on the snapshot day: about one for every 30 delayed days in the
	 * month.
	 */
	private static Long patients(Long days) {
		return days == null ? null : Math.round(days / 30.0);
	}

}
