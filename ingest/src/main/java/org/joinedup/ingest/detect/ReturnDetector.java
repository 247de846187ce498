package org.joinedup.ingest.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.ae.AeColumn;
import org.joinedup.ingest.dtoc.DtocColumn;
import org.joinedup.ingest.episode.EpisodeColumn;
import org.joinedup.ingest.reference.AreaColumn;
import org.joinedup.ingest.reference.ProviderColumn;
import org.joinedup.ingest.survey.SurveyResponseColumn;
import org.joinedup.ingest.survey.SurveyShareColumn;

/** Finds what kind of return a file is from its content, never its name: the first detector that matches wins. */
public final class ReturnDetector {

	private final List<ContentDetector> detectors;

	/** The detectors for every feed joinedup reads. */
	public ReturnDetector() {
		this(List.of(new WorkbookDetector(ReturnType.BCF_QUARTERLY),
				new CsvHeaderDetector(ReturnType.AREAS_REFERENCE, List.of(AreaColumn.values()), 0),
				new CsvHeaderDetector(ReturnType.DTOC_MONTHLY, DtocColumn.IDENTIFYING, DtocColumn.MAX_TITLE_LINES),
				new CsvHeaderDetector(ReturnType.AE_MONTHLY, AeColumn.IDENTIFYING, AeColumn.MAX_TITLE_LINES),
				new CsvHeaderDetector(ReturnType.PROVIDERS_REFERENCE, List.of(ProviderColumn.values()), 0),
				new TrustFileDetector(),
				new CsvHeaderDetector(ReturnType.SURVEY_RESPONSES, List.of(SurveyResponseColumn.values()), 0),
				new CsvHeaderDetector(ReturnType.SURVEY_AGGREGATE, List.of(SurveyShareColumn.values()), 0),
				new CsvHeaderDetector(ReturnType.EPISODES, List.of(EpisodeColumn.values()), 0)));
	}

	public ReturnDetector(List<ContentDetector> detectors) {
		this.detectors = List.copyOf(detectors);
	}

	public ReturnType detect(Path file) throws IOException {
		FileSample sample = FileSample.of(file);
		return detectors.stream()
			.filter(detector -> detector.matches(sample))
			.map(ContentDetector::type)
			.findFirst()
			.orElse(ReturnType.UNKNOWN);
	}
}
