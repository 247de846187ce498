package org.joinedup.samples.area;

import java.time.LocalDate;
import java.util.List;

/**
 * The sample areas: real Health and Wellbeing Board areas with their real names and ONS
 * codes. Populations are approximate (rounded mid-2015 estimates); legacy codes are
 * illustrative. Phone prefixes are Ofcom's ranges reserved for drama, so no real number
 * is printed.
 */
public final class Areas {

	public static final LocalDate VALID_FROM = LocalDate.of(2013, 4, 1);

	private static final List<Area> ALL = List.of(
			area("E06000001", "Hartlepool", "Unitary authority", "North East", "724", 92_800, 17_000, "0191 498 0"),
			area("E06000018", "Nottingham", "Unitary authority", "East Midlands", "512", 318_900, 36_000, "0115 496 0"),
			area("E06000023", "Bristol", "Unitary authority", "South West", "116", 449_300, 58_000, "0117 496 0"),
			area("E08000003", "Manchester", "Metropolitan district", "North West", "352", 530_300, 45_000,
					"0161 496 0"),
			area("E08000008", "Tameside", "Metropolitan district", "North West", "357", 221_700, 38_000, "0161 496 0"),
			area("E08000012", "Liverpool", "Metropolitan district", "North West", "341", 478_600, 70_000, "0151 496 0"),
			area("E08000025", "Birmingham", "Metropolitan district", "West Midlands", "406", 1_111_300, 145_000,
					"0121 496 0"),
			area("E08000035", "Leeds", "Metropolitan district", "Yorkshire and The Humber", "383", 774_100, 113_000,
					"0113 496 0"),
			area("E09000007", "Camden", "London borough", "London", "202", 241_100, 26_000, "020 7946 0"),
			area("E09000033", "Westminster", "London borough", "London", "213", 242_300, 30_000, "020 7946 0"),
			area("E10000016", "Kent", "County", "South East", "886", 1_524_700, 298_000, "01632 960"),
			area("E10000030", "Surrey", "County", "South East", "936", 1_168_800, 220_000, "01632 960"));

	private Areas() {
	}

	public static List<Area> all() {
		return ALL;
	}

	public static Area byCode(String onsCode) {
		return ALL.stream().filter(a -> a.onsCode().equals(onsCode)).findFirst().orElseThrow();
	}

	private static Area area(String code, String name, String type, String region, String legacy, long pop, long pop65,
			String phone) {
		return new Area(code, name, type, region, legacy, pop, pop65, VALID_FROM, null, phone);
	}

}
