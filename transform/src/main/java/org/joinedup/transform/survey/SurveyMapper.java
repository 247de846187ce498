package org.joinedup.transform.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.csv.CsvRow;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.CsvReturnMapper;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.warehouse.ReturnType;

/**
 * What both forms of the leadership survey (R4) share: reading the file and its key,
 * survey and wave.
 */
abstract class SurveyMapper extends CsvReturnMapper<CsvRow> {

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
	protected CsvContent<CsvRow> read(Path file) throws IOException {
		return reader.read(file);
	}

	@Override
	protected MappedReturn map(List<CsvRow> rows, Checks checks) {
		List<Fact> facts = new ArrayList<>();
		Set<SurveyWave> waves = new HashSet<>();
		check(rows, checks, facts, waves);
		if (facts.isEmpty() && !checks.hasErrors()) {
			checks.fileError("survey-empty", "The survey file has no answers");
		}
		return new MappedReturn(SurveyWave.key(type, waves), checks.hasErrors() ? List.of() : facts, checks.findings());
	}

	/**
	 * Checks the rows, adding the facts of the good ones and the survey waves they belong
	 * to.
	 */
	abstract void check(List<CsvRow> rows, Checks checks, List<Fact> facts, Set<SurveyWave> waves);

}
