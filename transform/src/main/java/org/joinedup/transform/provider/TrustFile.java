package org.joinedup.transform.provider;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * NHS Digital's trust file ({@code etr.csv}): no header row, 27 columns, the ODS code in
 * column 1, the name in 2, the national grouping in 3 and the open and close dates
 * ({@code YYYYMMDD}) in 10 and 11. Having no header, it is known by the shape of its
 * records.
 */
public final class TrustFile {

	public static final int WIDTH = 27;

	/** 0-based positions of the columns joinedup reads. */
	public static final Map<ProviderColumn, Integer> POSITIONS = Map.of(ProviderColumn.ODS_CODE, 0, ProviderColumn.NAME,
			1, ProviderColumn.REGION, 2, ProviderColumn.OPEN_DATE, 9, ProviderColumn.CLOSE_DATE, 10);

	private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,6}");

	private static final Pattern DATE = Pattern.compile("\\d{8}");

	private TrustFile() {
	}

	/**
	 * Every leading record (trailing empty fields dropped) is an ODS code, a name, ...,
	 * and an open date.
	 */
	public static boolean shapeOf(List<List<String>> leadingRecords) {
		return !leadingRecords.isEmpty() && leadingRecords.stream().allMatch(TrustFile::isTrustRecord);
	}

	private static boolean isTrustRecord(List<String> fields) {
		return fields.size() >= 10 && fields.size() <= WIDTH && ODS_CODE.matcher(fields.get(0).trim()).matches()
				&& !fields.get(1).isBlank() && DATE.matcher(fields.get(9).trim()).matches();
	}

}
