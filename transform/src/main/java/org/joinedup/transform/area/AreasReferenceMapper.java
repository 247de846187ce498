package org.joinedup.transform.area;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.code.OnsCode;
import org.joinedup.transform.load.CsvReturnMapper;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.warehouse.ReturnType;

/**
 * R5 areas: a new accepted reference replaces the current one, which stays in history.
 */
public class AreasReferenceMapper extends CsvReturnMapper<AreaRow> {

	private final AreasReader reader;

	public AreasReferenceMapper(AreasReader reader) {
		this.reader = reader;
	}

	@Override
	public ReturnType type() {
		return ReturnType.AREAS_REFERENCE;
	}

	@Override
	protected CsvContent<AreaRow> read(Path file) throws IOException {
		return reader.read(file);
	}

	@Override
	protected MappedReturn map(List<AreaRow> rows, Checks checks) {
		List<Fact> facts = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (AreaRow row : rows) {
			String code = OnsCode.normalise(row.onsCode().text());
			if (!OnsCode.isWellFormed(code)) {
				checks.error(Level.RECORD, row.onsCode(), "ons-code-malformed",
						"The ONS code must be E06, E08, E09 or E10 followed by six digits");
				continue;
			}
			if (!codes.add(code)) {
				checks.error(Level.RECORD, row.onsCode(), "ons-code-duplicate", "The ONS code appears more than once");
				continue;
			}
			if (row.name().isBlank()) {
				checks.error(Level.RECORD, row.name(), "value-missing", "Every area needs a Name");
				continue;
			}
			facts.add(new AreaFact(code, checks.text(row.name(), 200, "The area name"),
					checks.text(row.type(), 60, "The area type"), checks.text(row.region(), 100, "The region"),
					legacy(row.legacyCode(), checks), population(row.population(), checks),
					population(row.population65(), checks), checks.date(row.validFrom()), checks.date(row.validTo()),
					row.onsCode().at().row()));
		}
		if (facts.isEmpty() && !checks.hasErrors()) {
			checks.fileError("reference-empty", "The areas reference has no rows");
		}
		return new MappedReturn(SubmissionKey.unknown(type()), checks.hasErrors() ? List.of() : facts,
				checks.findings());
	}

	private static String legacy(SourceValue value, Checks checks) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String code = value.text().trim();
		if (!code.matches("\\d{3}")) {
			checks.error(Level.RECORD, value, "legacy-code-malformed", "A legacy local authority code has 3 digits");
			return null;
		}
		return code;
	}

	private static Long population(SourceValue value, Checks checks) {
		BigDecimal n = checks.count(value, "Population", false);
		return n == null ? null : n.longValueExact();
	}

}
