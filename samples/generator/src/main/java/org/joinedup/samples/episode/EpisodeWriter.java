package org.joinedup.samples.episode;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes admitted patient episode rows (R6) as CSV text, one line at a time: a row's
 * admission method, age and length of stay are drawn from the given random stream, the
 * admission date within the given month.
 */
public final class EpisodeWriter {

	public static final String HEADER = "Episode ID,Provider code,Admission date,Admission method,Age on admission,"
			+ "Resident LA,Discharge date,Discharge destination\n";

	private static final String[] EMERGENCY = { "21", "21", "21", "22", "23", "24", "25", "28", "2A", "2B", "2D" };

	private static final String[] ELECTIVE = { "11", "12", "13" };

	private static final String[] MATERNITY = { "31", "32" };

	private static final String[] OTHER = { "81", "82", "83" };

	private static final String[] DESTINATIONS = { "19", "19", "19", "29", "54", "65", "79" };

	public enum Group {

		EMERGENCY, ELECTIVE, MATERNITY, OTHER

	}

	private final Writer out;

	private final Random random;

	private long next;

	public EpisodeWriter(Writer out, Random random, long firstId) throws IOException {
		this.out = out;
		this.random = random;
		this.next = firstId;
		out.write(HEADER);
	}

	/**
	 * One well-formed admission of the group, for a resident of the area, admitted in the
	 * month.
	 */
	public void admission(Group group, String provider, String area, LocalDate month) throws IOException {
		LocalDate admitted = month.plusDays(random.nextInt(month.lengthOfMonth()));
		int age = switch (group) {
			case MATERNITY -> 18 + random.nextInt(27);
			case EMERGENCY -> random.nextInt(10) < 2 ? random.nextInt(18)
					: random.nextInt(10) < 5 ? 18 + random.nextInt(47) : 65 + random.nextInt(35);
			default -> random.nextInt(95);
		};
		String method = pick(switch (group) {
			case EMERGENCY -> EMERGENCY;
			case ELECTIVE -> ELECTIVE;
			case MATERNITY -> MATERNITY;
			case OTHER -> OTHER;
		});
		boolean stillIn = random.nextInt(100) == 0;
		String discharged = stillIn ? "" : admitted.plusDays(random.nextInt(age >= 65 ? 21 : 8)).toString();
		row(provider, admitted.toString(), method, Integer.toString(age), area, discharged,
				stillIn ? "" : pick(DESTINATIONS));
	}

	/** A row exactly as given, for the deliberately bad ones. */
	public void row(String provider, String admitted, String method, String age, String area, String discharged,
			String destination) throws IOException {
		out.write(String.join(",", List.of(String.format("EP%09d", next++), provider, admitted, method, age, area,
				discharged, destination)));
		out.write('\n');
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

}
