package org.joinedup.samples.episode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.joinedup.samples.area.Area;
import org.joinedup.samples.area.Areas;
import org.joinedup.samples.bcf.BcfDataModel;
import org.joinedup.samples.bcf.Metric;
import org.joinedup.samples.bcf.Quarter;
import org.joinedup.samples.episode.EpisodeWriter.Group;
import org.joinedup.samples.io.Csv;
import org.joinedup.samples.provider.ProvidersReference;

/**
 * The admitted patient episodes samples (R6). The committed extract covers 2016-17 Q4 for
 * two areas at the scale of their BCF returns: Hartlepool's emergency admissions equal
 * its NEA actual; Camden's are 8% fewer, so that the report flags the difference. Four
 * deliberately bad rows (well within the 0.1% tolerated) are quarantined. A large extract
 * for every sample area and month of 2016-17 is written on demand for the benchmark.
 */
public final class EpisodeSamples {

	public static final Quarter QUARTER = new Quarter(2016, 4);

	public static final String FILE = "episodes/episodes-2016-17-Q4.csv";

	/**
	 * Area code to the share of its NEA actual its extract carries as emergency
	 * admissions.
	 */
	private static final List<Map.Entry<String, Double>> EMERGENCY_SHARE_OF_NEA = List.of(Map.entry("E06000001", 1.0),
			Map.entry("E09000007", 0.92));

	/** Other admissions per emergency admission, by group. */
	private static final Map<Group, Double> PER_EMERGENCY = Map.of(Group.ELECTIVE, 0.30, Group.MATERNITY, 0.08,
			Group.OTHER, 0.02);

	/**
	 * What the committed extract holds, per area: NEA actual and the emergency admissions
	 * written.
	 */
	public record Expected(String areaCode, long neaActual, long emergencyAdmissions) {
	}

	private EpisodeSamples() {
	}

	public static List<Expected> expected(BcfDataModel model) {
		List<Expected> expected = new ArrayList<>();
		for (Map.Entry<String, Double> share : EMERGENCY_SHARE_OF_NEA) {
			long nea = model.returnFor(Areas.byCode(share.getKey()), QUARTER).metric(Metric.NEA).actual().longValue();
			expected.add(new Expected(share.getKey(), nea, Math.round(nea * share.getValue())));
		}
		return expected;
	}

	public static byte[] extract(BcfDataModel model, long seed) throws IOException {
		StringWriter out = new StringWriter();
		Random random = new Random(seed);
		EpisodeWriter writer = new EpisodeWriter(out, random, 1);
		List<LocalDate> months = months(QUARTER);
		for (Expected e : expected(model)) {
			String provider = ProvidersReference.serving(e.areaCode());
			writeQuarter(writer, provider, e.areaCode(), months, e.emergencyAdmissions());
		}
		writer.row("RVW", "31/02/2017", "21", "70", "E06000001", "2017-03-03", "19");
		writer.row("RVW", "2017-02-14", "99", "45", "E06000001", "2017-02-15", "19");
		writer.row("RAL", "2017-03-10", "21", "81", "E09000007", "2017-03-01", "19");
		writer.row("RAL", "2017-01-20", "2A", "33", "E09000999", "2017-01-22", "19");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] expectedCsv(BcfDataModel model) {
		List<List<Object>> rows = new ArrayList<>();
		for (Expected e : expected(model)) {
			rows.add(List.of(e.areaCode(), QUARTER.format(Quarter.PeriodForm.YEAR_FIRST), e.neaActual(),
					e.emergencyAdmissions()));
		}
		return Csv.of(new String[] { "area", "quarter", "nea_actual", "emergency_episodes" }, rows);
	}

	/**
	 * A large extract: {@code rows} admissions over every sample area and month of
	 * 2016-17, shared by population, streamed to the file.
	 */
	public static void large(Path file, long rows, long seed) throws IOException {
		long population = Areas.all().stream().mapToLong(Area::population).sum();
		List<LocalDate> months = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			months.addAll(months(new Quarter(2016, q)));
		}
		double perEmergency = 1 + PER_EMERGENCY.values().stream().mapToDouble(Double::doubleValue).sum();
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			EpisodeWriter writer = new EpisodeWriter(out, new Random(seed), 1);
			for (Area area : Areas.all()) {
				long emergency = Math.round(rows * (double) area.population() / population / perEmergency);
				writeQuarter(writer, ProvidersReference.serving(area.onsCode()), area.onsCode(), months, emergency);
			}
		}
	}

	/**
	 * The emergency admissions spread evenly over the months, and the other groups in
	 * proportion.
	 */
	private static void writeQuarter(EpisodeWriter writer, String provider, String area, List<LocalDate> months,
			long emergency) throws IOException {
		for (Group group : Group.values()) {
			long total = group == Group.EMERGENCY ? emergency : Math.round(emergency * PER_EMERGENCY.get(group));
			for (int m = 0; m < months.size(); m++) {
				long inMonth = total / months.size() + (m < total % months.size() ? 1 : 0);
				for (long n = 0; n < inMonth; n++) {
					writer.admission(group, provider, area, months.get(m));
				}
			}
		}
	}

	private static List<LocalDate> months(Quarter quarter) {
		LocalDate first = LocalDate.of(quarter.startYear(), 4, 1).plusMonths(3L * (quarter.q() - 1));
		return List.of(first, first.plusMonths(1), first.plusMonths(2));
	}

}
