package org.joinedup.samples.monthly;

import java.util.List;

import org.joinedup.samples.area.Area;
import org.joinedup.samples.area.Areas;

/**
 * One acute trust per sample area (real codes and names of the time; every figure about
 * them is illustrative).
 */
public final class Providers {

	private static final List<Provider> ALL = List.of(
			provider("RVW", "NORTH TEES AND HARTLEPOOL NHS FOUNDATION TRUST", "E06000001"),
			provider("RX1", "NOTTINGHAM UNIVERSITY HOSPITALS NHS TRUST", "E06000018"),
			provider("RA7", "UNIVERSITY HOSPITALS BRISTOL NHS FOUNDATION TRUST", "E06000023"),
			provider("RW3", "CENTRAL MANCHESTER UNIVERSITY HOSPITALS NHS FOUNDATION TRUST", "E08000003"),
			provider("RMP", "TAMESIDE AND GLOSSOP INTEGRATED CARE NHS FOUNDATION TRUST", "E08000008"),
			provider("RQ6", "ROYAL LIVERPOOL AND BROADGREEN UNIVERSITY HOSPITALS NHS TRUST", "E08000012"),
			provider("RRK", "UNIVERSITY HOSPITALS BIRMINGHAM NHS FOUNDATION TRUST", "E08000025"),
			provider("RR8", "LEEDS TEACHING HOSPITALS NHS TRUST", "E08000035"),
			provider("RAL", "ROYAL FREE LONDON NHS FOUNDATION TRUST", "E09000007"),
			provider("RYJ", "IMPERIAL COLLEGE HEALTHCARE NHS TRUST", "E09000033"),
			provider("RVV", "EAST KENT HOSPITALS UNIVERSITY NHS FOUNDATION TRUST", "E10000016"),
			provider("RTK", "ASHFORD AND ST PETER'S HOSPITALS NHS FOUNDATION TRUST", "E10000030"));

	private Providers() {
	}

	public static List<Provider> all() {
		return ALL;
	}

	private static Provider provider(String code, String name, String areaCode) {
		Area area = Areas.byCode(areaCode);
		return switch (area.region()) {
			case "London" -> new Provider(code, name, "Y56", "LONDON COMMISSIONING REGION", "NHS ENGLAND LONDON", area);
			case "South West", "South East" ->
				new Provider(code, name, "Y57", "SOUTH OF ENGLAND COMMISSIONING REGION", "NHS ENGLAND SOUTH", area);
			case "East Midlands", "West Midlands" -> new Provider(code, name, "Y55",
					"MIDLANDS AND EAST OF ENGLAND COMMISSIONING REGION", "NHS ENGLAND MIDLANDS AND EAST", area);
			default ->
				new Provider(code, name, "Y54", "NORTH OF ENGLAND COMMISSIONING REGION", "NHS ENGLAND NORTH", area);
		};
	}

}
