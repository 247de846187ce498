package org.joinedup.transform.load;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.joinedup.ingest.detect.ReturnType;
import org.joinedup.ingest.finding.Finding;

/** Every return type's mapper; a file of no known type is rejected with a finding saying what is accepted. */
public class ReturnMappers {

	private static final Pattern WORKBOOK_NAME = Pattern.compile("(?i).*\\.xls[xm]?");

	private final Map<ReturnType, ReturnMapper> byType = new EnumMap<>(ReturnType.class);

	public ReturnMappers(List<ReturnMapper> mappers) {
		mappers.forEach(m -> byType.put(m.type(), m));
	}

	public MappedReturn map(ReturnType type, Path file, String fileName) {
		ReturnMapper mapper = byType.get(type);
		return mapper != null ? mapper.map(file, fileName)
				: new MappedReturn(SubmissionKey.unknown(ReturnType.UNKNOWN), List.of(), List.of(unrecognised(fileName)));
	}

	/** The type came from the content; the name only helps say what the sender probably meant. */
	private static Finding unrecognised(String fileName) {
		if (WORKBOOK_NAME.matcher(fileName).matches()) {
			return Finding.fileError(fileName, "not-a-workbook", "The file is named like a workbook but its "
					+ "content is not an Excel workbook (.xlsx or .xls): save it from Excel and send it again");
		}
		return Finding.fileError(fileName, "not-a-recognised-return", "This is not a return joinedup recognises: "
				+ "accepted are Better Care Fund quarterly workbooks (.xlsx or .xls), the areas and providers reference "
				+ "CSVs, the monthly delayed-transfers and A&E extracts, leadership survey CSVs and admitted patient "
				+ "episode extracts (CSV), each known by its header row");
	}
}
