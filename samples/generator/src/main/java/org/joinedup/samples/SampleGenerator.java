package org.joinedup.samples;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.joinedup.samples.area.Areas;
import org.joinedup.samples.area.AreasCsv;
import org.joinedup.samples.bcf.BcfDataModel;
import org.joinedup.samples.bcf.BcfWorkbookWriter;
import org.joinedup.samples.bcf.InboxPlan;
import org.joinedup.samples.bcf.Quarter;
import org.joinedup.samples.bcf.Submission;
import org.joinedup.samples.expected.ExpectedFigures;
import org.joinedup.samples.expected.ExpectedJson;
import org.joinedup.samples.io.WorkbookBytes;
import org.joinedup.samples.monthly.MonthlyRejects;
import org.joinedup.samples.monthly.MonthlySamples;
import org.joinedup.samples.survey.SurveyWave;
import org.joinedup.samples.survey.Surveys;
import org.joinedup.samples.episode.EpisodeSamples;
import org.joinedup.samples.provider.ProvidersReference;
import org.joinedup.samples.rejects.FeedRejects;
import org.joinedup.samples.rejects.Reject;
import org.joinedup.samples.rejects.RejectSamples;

/**
 * Writes the sample inbox, the reject samples and the expected report figures under an
 * output root (default {@code samples/}). Deterministic: a fixed seed, and workbooks
 * written with fixed zip entry times. With {@code --episodes ROWS FILE} it writes only a
 * large episodes extract (for the benchmark; never committed).
 */
public final class SampleGenerator {

	public static final long SEED = 20_170_301L;

	/**
	 * The folders this generator owns under the output root; it replaces them on every
	 * run.
	 */
	public static final List<String> OUTPUTS = List.of("inbox", "rejects", "expected");

	private SampleGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (System.getProperty("log4j.provider") == null) {
			// POI logs through the Log4j API; without a provider it complains on stderr.
			// Use its simple logger.
			System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
		}
		if (args.length == 3 && args[0].equals("--episodes")) {
			Path file = Path.of(args[2]);
			EpisodeSamples.large(file, Long.parseLong(args[1]), SEED);
			System.out.println("episodes extract written: " + file.toAbsolutePath().normalize());
			return;
		}
		if (args.length == 3 && args[0].equals("--national")) {
			NationalQuarter.write(Path.of(args[1]), Path.of(args[2]));
			return;
		}
		Path root = Path.of(args.length > 0 ? args[0] : "samples");
		generate(root);
		System.out.println("samples written under " + root.toAbsolutePath().normalize());
	}

	public static void generate(Path root) throws IOException {
		for (String dir : OUTPUTS) {
			deleteTree(root.resolve(dir));
		}
		BcfDataModel model = new BcfDataModel(SEED);
		AreasCsv.write(Areas.all(), root.resolve("inbox/reference/areas.csv"));
		List<Submission> inbox = InboxPlan.submissions(model);
		inbox.parallelStream().forEach(s -> {
			var written = BcfWorkbookWriter.write(s.content(), s.layout());
			write(root.resolve(s.path()), WorkbookBytes.of(written.workbook(), s.content().signedOff()));
		});
		ExpectedFigures figures = new ExpectedFigures(Areas.all(), inbox);
		for (Quarter q : InboxPlan.QUARTERS) {
			String json = ExpectedJson.of(q, figures.named(q), figures.hostileSchemeNames(q));
			write(root.resolve("expected/" + q.fileKey() + ".json"), json.getBytes(StandardCharsets.UTF_8));
		}
		MonthlySamples monthly = new MonthlySamples(model, SEED);
		monthly.files().forEach(f -> write(root.resolve("inbox/" + f.path()), f.bytes()));
		write(root.resolve("expected/delayed-days.csv"), monthly.expectedDelayedDays());
		write(root.resolve("expected/emergency-admissions.csv"), monthly.expectedEmergencyAdmissions());
		write(root.resolve("expected/inbox-files.csv"), inboxListing(inbox, monthly.files()));
		List<Reject> rejects = new ArrayList<>(RejectSamples.build(model));
		rejects.addAll(MonthlyRejects.build(model, SEED));
		writeFeeds(root, model);
		rejects.addAll(FeedRejects.build());
		for (Reject r : rejects) {
			write(root.resolve("rejects/" + r.file()), r.bytes());
		}
		write(root.resolve("rejects/manifest.csv"), manifest(rejects));
	}

	/**
	 * The CSV feeds: providers reference (both forms), leadership surveys, the episodes
	 * extract.
	 */
	private static void writeFeeds(Path root, BcfDataModel model) throws IOException {
		write(root.resolve("inbox/reference/providers.csv"), ProvidersReference.csv());
		write(root.resolve("inbox/reference/etr.csv"), ProvidersReference.trustFile());
		for (SurveyWave wave : Surveys.waves()) {
			String name = wave.survey().toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + wave.wave();
			boolean aggregate = wave.wave().equals("2017") || wave.wave().equals("2019-11");
			write(root.resolve("inbox/surveys/" + name + (aggregate ? "-results.csv" : "-responses.csv")),
					aggregate ? Surveys.aggregateFile(wave) : Surveys.respondentFile(wave, SEED));
		}
		write(root.resolve("inbox/" + EpisodeSamples.FILE), EpisodeSamples.extract(model, SEED));
		write(root.resolve("expected/episodes.csv"), EpisodeSamples.expectedCsv(model));
	}

	private static byte[] inboxListing(List<Submission> inbox, List<MonthlySamples.MonthlyFile> monthly)
			throws IOException {
		StringWriter out = new StringWriter();
		CSVFormat f = CSVFormat.DEFAULT.builder()
			.setHeader("file", "area", "quarter", "imperfections", "note")
			.setRecordSeparator("\n")
			.get();
		try (CSVPrinter p = new CSVPrinter(out, f)) {
			for (Submission s : inbox) {
				p.printRecord(s.path(), s.content().area().name(),
						s.content().period().format(Quarter.PeriodForm.YEAR_FIRST),
						s.layout().describe(s.content().period()), s.note());
			}
			for (MonthlySamples.MonthlyFile m : monthly) {
				p.printRecord("inbox/" + m.path(), "", "", m.imperfections(), "");
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] manifest(List<Reject> rejects) throws IOException {
		StringWriter out = new StringWriter();
		CSVFormat f = CSVFormat.DEFAULT.builder()
			.setHeader("file", "level", "sheet", "row", "column", "value", "rule")
			.setRecordSeparator("\n")
			.get();
		try (CSVPrinter p = new CSVPrinter(out, f)) {
			for (Reject r : rejects) {
				p.printRecord(r.file(), r.level(), r.sheet(), r.row(), r.column(), r.value(), r.rule());
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static void write(Path file, byte[] bytes) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
