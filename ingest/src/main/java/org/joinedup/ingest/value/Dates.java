package org.joinedup.ingest.value;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
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
		if (isPlainIso(text)) {
			return iso(text);
		}
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

	/**
	 * Exactly {@code dddd-dd-dd}: read without the formatters (most dates of a large
	 * extract), accepting and rejecting just what the strict ISO format would.
	 */
	private static boolean isPlainIso(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
				return false;
			}
		}
		return true;
	}

	private static ParsedDate iso(String text) {
		int year = Integer.parseInt(text, 0, 4, 10);
		int month = Integer.parseInt(text, 5, 7, 10);
		int day = Integer.parseInt(text, 8, 10, 10);
		boolean exists = month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
		return exists ? ParsedDate.of(LocalDate.of(year, month, day)) : ParsedDate.invalid();
	}

}
