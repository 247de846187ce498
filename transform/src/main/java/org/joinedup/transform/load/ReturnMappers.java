package org.joinedup.transform.load;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.joinedup.ingest.detect.ReturnType;
import org.joinedup.ingest.finding.Finding;

/** Every return type's mapper; a file of no known type is rejected with a finding saying what is accepted. */
public class ReturnMappers {

	private final Map<ReturnType, ReturnMapper> byType = new EnumMap<>(ReturnType.class);

	public ReturnMappers(List<ReturnMapper> mappers) {
		mappers.forEach(m -> byType.put(m.type(), m));
	}

	public MappedReturn map(ReturnType type, Path file, String fileName) {
		ReturnMapper mapper = byType.get(type);
		if (mapper == null) {
			return new MappedReturn(SubmissionKey.unknown(ReturnType.UNKNOWN), List.of(),
					List.of(Finding.fileError(fileName, "not-a-recognised-return",
							"This is not a return joinedup recognises: accepted are Better Care Fund quarterly "
									+ "workbooks (.xlsx or .xls) and the areas reference CSV (see formats.md)")));
		}
		return mapper.map(file, fileName);
	}
}
