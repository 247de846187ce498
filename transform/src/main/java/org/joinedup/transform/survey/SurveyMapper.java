package org.joinedup.transform.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.csv.CsvRow;
import org.joinedup.ingest.detect.ReturnType;
import org.joinedup.ingest.survey.SurveyReader;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.ReturnMapper;
import org.joinedup.transform.load.SubmissionKey;

/** What both forms of the leadership survey (R4) share: reading the file and its key, survey and wave. */
abstract class SurveyMapper implements ReturnMapper {

	private final ReturnType type;

	private final SurveyReader reader;

	SurveyMapper(ReturnType type, SurveyReader reader) {
		this.type = type;
		this.reader = reader;
	}

	@Override
	public ReturnType type() {
		return type;
	}

	@Override
	public MappedReturn map(Path file, String fileName) {
		Checks checks = new Checks(fileName);
		CsvContent<CsvRow> content;
		try {
			content = reader.read(file);
		}
		catch (IOException e) {
			checks.fileError("file-unreadable", "The file could not be read: " + e.getMessage());
			return new MappedReturn(SubmissionKey.unknown(type), List.of(), checks.findings());
		}
		content.findings().forEach(checks::add);
		List<Fact> facts = new ArrayList<>();
		Set<SurveyWave> waves = new HashSet<>();
		check(content.rows(), checks, facts, waves);
		if (facts.isEmpty() && !checks.hasErrors()) {
			checks.fileError("survey-empty", "The survey file has no answers");
		}
		return new MappedReturn(SurveyWave.key(type, waves), checks.hasErrors() ? List.of() : facts,
				checks.findings());
	}

	/** Checks the rows, adding the facts of the good ones and the survey waves they belong to. */
	abstract void check(List<CsvRow> rows, Checks checks, List<Fact> facts, Set<SurveyWave> waves);
}
