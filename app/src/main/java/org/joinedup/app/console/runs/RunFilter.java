package org.joinedup.app.console.runs;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the runs page lists: every filter optional; {@code file} matches part of a file
 * name, {@code quarter} a report's quarter or an ingested return's.
 */
public record RunFilter(String job, String status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String file, String quarter, Integer page) {

	public int pageNumber() {
		return page == null || page < 1 ? 1 : page;
	}

	/** The list's address with these filters on another page. */
	public String pageUrl(int number) {
		return UriComponentsBuilder.fromPath("/runs")
			.queryParamIfPresent("job", present(job))
			.queryParamIfPresent("status", present(status))
			.queryParamIfPresent("from", Optional.ofNullable(from))
			.queryParamIfPresent("to", Optional.ofNullable(to))
			.queryParamIfPresent("file", present(file))
			.queryParamIfPresent("quarter", present(quarter))
			.queryParam("page", number)
			.encode()
			.build()
			.toUriString();
	}

	static Optional<String> present(String value) {
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
	}

}
