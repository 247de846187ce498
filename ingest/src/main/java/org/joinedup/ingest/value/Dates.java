package org.joinedup.ingest.value;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import org.joinedup.ingest.provenance.SourceValue;

/** Reads a date: an Excel date cell, ISO {@code 2016-10-31} or UK {@code 31/10/2016}. */
public final class Dates {

	private static final List<DateTimeFormatter> FORMATS = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private Dates() {
	}

	public static ParsedDate parse(SourceValue source) {
		Object value = source == null ? null : source.value();
		if (value == null) {
			return ParsedDate.blank();
		}
		if (value instanceof LocalDate date) {
			return ParsedDate.of(date);
		}
		if (value instanceof String text) {
			return parse(text);
		}
		return ParsedDate.invalid();
	}

	public static ParsedDate parse(String text) {
		String trimmed = text.replace('\u00A0', ' ').strip();
		if (trimmed.isEmpty()) {
			return ParsedDate.blank();
		}
		for (DateTimeFormatter format : FORMATS) {
			try {
				return ParsedDate.of(LocalDate.parse(trimmed, format));
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next one
			}
		}
		return ParsedDate.invalid();
	}

}
