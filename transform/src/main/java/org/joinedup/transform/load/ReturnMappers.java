package org.joinedup.transform.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.joinedup.ingest.detect.FileSample;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.warehouse.ReturnType;

/**
 * Every return type's detector and mapper, from the registry: finds what a file is from
 * its content, never its name (the first type whose detector matches wins), and maps it.
 * A file of no known type is rejected with a finding saying what is accepted.
 */
public class ReturnMappers {

	private static final Pattern WORKBOOK_NAME = Pattern.compile("(?i).*\\.xls[xm]?");

	private final Map<ReturnType, ReturnMapper> byType = new EnumMap<>(ReturnType.class);

	private final Workbooks workbooks;

	public ReturnMappers(LoadContext context) {
		this.workbooks = context.workbooks();
		ReturnTypes.ALL.forEach(definition -> byType.put(definition.type(), definition.mapper().apply(context)));
	}

	public ReturnType detect(Path file) throws IOException {
		try (FileSample sample = FileSample.of(file, workbooks)) {
			return detect(sample);
		}
	}

	private static ReturnType detect(FileSample sample) {
		return ReturnTypes.ALL.stream()
			.filter(definition -> definition.detector().matches(sample))
			.map(ReturnTypeDefinition::type)
			.findFirst()
			.orElse(ReturnType.UNKNOWN);
	}

	/**
	 * Whether the file is reference data, asking only the reference types' detectors (CSV
	 * headers, sheet names), so that ordering an inbox opens no workbook.
	 */
	public boolean isReferenceData(Path file) throws IOException {
		try (FileSample sample = FileSample.of(file, workbooks)) {
			return ReturnTypes.ALL.stream()
				.filter(definition -> definition.type().isReference())
				.anyMatch(definition -> definition.detector().matches(sample));
		}
	}

	/**
	 * Never throws for bad content: a file that cannot be parsed or recognised gives a
	 * rejected return; only a file that cannot be opened at all throws, so that its
	 * ingest fails and can be retried.
	 */
	public MappedReturn map(Path file, String fileName) throws IOException {
		try (FileSample sample = FileSample.of(file, workbooks)) {
			ReturnMapper mapper = byType.get(detect(sample));
			return mapper != null ? mapper.map(sample, fileName) : new MappedReturn(
					SubmissionKey.unknown(ReturnType.UNKNOWN), List.of(), List.of(unrecognised(fileName)));
		}
	}

	/**
	 * The type came from the content; the name only helps say what the sender probably
	 * meant.
	 */
	private static Finding unrecognised(String fileName) {
		if (WORKBOOK_NAME.matcher(fileName).matches()) {
			return Finding.fileError(fileName, "not-a-workbook", "The file is named like a workbook but its "
					+ "content is not an Excel workbook (.xlsx or .xls): save it from Excel and send it again");
		}
		return Finding.fileError(fileName, "not-a-recognised-return", "This is not a return joinedup recognises: "
				+ "accepted are " + accepted() + ", each known by its content (a workbook, or a CSV's header row)");
	}

	private static String accepted() {
		List<String> kinds = ReturnTypes.ALL.stream().map(ReturnTypeDefinition::accepts).toList();
		return kinds.subList(0, kinds.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ kinds.get(kinds.size() - 1);
	}

}
