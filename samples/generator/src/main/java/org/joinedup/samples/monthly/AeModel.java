package org.joinedup.samples.monthly;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.joinedup.samples.bcf.BcfDataModel;
import org.joinedup.samples.bcf.Metric;

/**
 * The A&E rows of a month: each area's trust admits about 90% of a third of its area's
 * BCF non-elective admissions for the quarter as emergencies; attendances and waits
 * follow from those at typical ratios.
 */
public final class AeModel {

	private final BcfDataModel bcf;

	private final long seed;

	public AeModel(BcfDataModel bcf, long seed) {
		this.bcf = bcf;
		this.seed = seed;
	}

	public List<AeRow> rows(Month month) {
		List<AeRow> rows = new ArrayList<>();
		for (Provider p : Providers.all()) {
			Random r = new Random(seed * 19 + p.code().hashCode() * 11L + month.finYear() * 103L + month.index());
			double emergencies = bcf.returnFor(p.area(), month.quarter()).metric(Metric.NEA).actual().doubleValue() / 3
					* (0.85 + 0.1 * r.nextDouble());
			long type1 = Math.round(emergencies * 0.66);
			long type2 = Math.round(emergencies * 0.01);
			long other = Math.round(emergencies * 0.03);
			long otherEmergency = Math.round(emergencies) - type1 - type2 - other;
			long attendances1 = Math.round(type1 * (3.2 + 0.4 * r.nextDouble()));
			long attendances2 = Math.round(attendances1 * 0.05);
			long attendancesOther = Math.round(attendances1 * (0.3 + 0.2 * r.nextDouble()));
			rows.add(new AeRow(p, attendances1, attendances2, attendancesOther, Math.round(attendances1 * 0.01),
					Math.round(attendances1 * (0.06 + 0.08 * r.nextDouble())), Math.round(attendances2 * 0.01),
					Math.round(attendancesOther * 0.005), Math.round(type1 * (0.08 + 0.06 * r.nextDouble())),
					r.nextInt(3), type1, type2, other, otherEmergency));
		}
		return rows;
	}

}
