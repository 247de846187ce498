package org.joinedup.transform.provider;

import static org.joinedup.transform.provider.ProviderColumn.CLOSE_DATE;
import static org.joinedup.transform.provider.ProviderColumn.NAME;
import static org.joinedup.transform.provider.ProviderColumn.ODS_CODE;
import static org.joinedup.transform.provider.ProviderColumn.OPEN_DATE;
import static org.joinedup.transform.provider.ProviderColumn.PARENT_CODE;
import static org.joinedup.transform.provider.ProviderColumn.PARENT_NAME;
import static org.joinedup.transform.provider.ProviderColumn.REGION;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.csv.CsvRow;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.code.OdsCode;
import org.joinedup.transform.load.CsvReturnMapper;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.warehouse.ReturnType;

/**
 * R5 providers, from the CSV or NHS Digital's trust file: a new accepted reference
 * replaces the current one, which stays in history.
 */
public class ProvidersReferenceMapper extends CsvReturnMapper<CsvRow> {

	private final ProvidersReader reader;

	public ProvidersReferenceMapper(ProvidersReader reader) {
		this.reader = reader;
	}

	@Override
	public ReturnType type() {
		return ReturnType.PROVIDERS_REFERENCE;
	}

	@Override
	protected CsvContent<CsvRow> read(Path file) throws IOException {
		return reader.read(file);
	}

	@Override
	protected MappedReturn map(List<CsvRow> rows, Checks checks) {
		List<Fact> facts = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (CsvRow row : rows) {
			SourceValue code = row.get(ODS_CODE);
			String odsCode = OdsCode.normalise(code.text());
			if (!OdsCode.isWellFormed(odsCode)) {
				ProviderCodes.wellFormed(code, checks);
			}
			else if (!codes.add(odsCode)) {
				checks.error(Level.RECORD, code, "ods-code-duplicate", "The ODS code appears more than once");
			}
			else if (row.get(NAME).isBlank()) {
				checks.error(Level.RECORD, row.get(NAME), "value-missing", "Every provider needs a Name");
			}
			else {
				String parent = checks.text(row.get(PARENT_CODE), 10, "The parent code");
				facts.add(new ProviderFact(odsCode, checks.text(row.get(NAME), 200, "The name"),
						parent == null ? null : parent.toUpperCase(Locale.ROOT),
						checks.text(row.get(PARENT_NAME), 200, "The parent name"),
						checks.text(row.get(REGION), 200, "The region"), checks.date(row.get(OPEN_DATE)),
						checks.date(row.get(CLOSE_DATE)), row.line()));
			}
		}
		if (facts.isEmpty() && !checks.hasErrors()) {
			checks.fileError("reference-empty", "The providers reference has no rows");
		}
		return new MappedReturn(SubmissionKey.unknown(type()), checks.hasErrors() ? List.of() : facts,
				checks.findings());
	}

}
