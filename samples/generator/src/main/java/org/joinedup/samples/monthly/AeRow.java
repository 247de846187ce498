package org.joinedup.samples.monthly;

/** One provider's month in a sample A&E extract. */
public record AeRow(Provider provider, long attendancesType1, long attendancesType2, long attendancesOther,
		long bookedType1, long over4Type1, long over4Type2, long over4Other, long waited4To12, long waitedOver12,
		long emergencyType1, long emergencyType2, long emergencyOther, long otherEmergency) {

	/** Every emergency admission: via A&E (types 1, 2, other) and otherwise. */
	public long emergencyAdmissions() {
		return emergencyType1 + emergencyType2 + emergencyOther + otherEmergency;
	}
}
