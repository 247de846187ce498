package org.joinedup.transform.episode;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The admission method codes of the episodes extract (R6), by group. */
enum MethodGroup {

	EMERGENCY("21", "22", "23", "24", "25", "26", "27", "28", "2A", "2B", "2C", "2D"), ELECTIVE("11", "12", "13"),
	MATERNITY("31", "32"), OTHER("81", "82", "83");

	private static final Map<String, MethodGroup> BY_CODE = Stream.of(values())
		.flatMap(group -> group.codes.stream().map(code -> Map.entry(code, group)))
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

	private final List<String> codes;

	MethodGroup(String... codes) {
		this.codes = List.of(codes);
	}

	static Optional<MethodGroup> of(String code) {
		return code == null ? Optional.empty()
				: Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
	}

}
