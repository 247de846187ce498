package org.joinedup.transform.provider;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * NHS Digital's trust file ({@code etr.csv}): no header row, 27 columns (fewer trailing
 * ones in older releases), the ODS code in column 1, the name in 2, the national grouping
 * in 3, the postcode in 10 and the open and close dates ({@code YYYYMMDD}) in 11 and 12.
 * Having no header, it is known by the shape of its records.
 */
public final class TrustFile {

	public static final int WIDTH = 27;

	private static final int OPEN_DATE = 10;

	/** 0-based positions of the columns joinedup reads. */
	public static final Map<ProviderColumn, Integer> POSITIONS = Map.of(ProviderColumn.ODS_CODE, 0, ProviderColumn.NAME,
			1, ProviderColumn.REGION, 2, ProviderColumn.OPEN_DATE, OPEN_DATE, ProviderColumn.CLOSE_DATE, OPEN_DATE + 1);

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
		return fields.size() > OPEN_DATE && fields.size() <= WIDTH && ODS_CODE.matcher(fields.get(0).trim()).matches()
				&& !fields.get(1).isBlank() && DATE.matcher(fields.get(OPEN_DATE).trim()).matches();
	}

}
