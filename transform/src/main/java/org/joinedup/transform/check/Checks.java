package org.joinedup.transform.check;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.finding.Severity;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.value.Dates;
import org.joinedup.ingest.value.Numbers;
import org.joinedup.ingest.value.ParsedDate;
import org.joinedup.ingest.value.ParsedNumber;

/**
 * The value rules shared by every return, collecting findings as they fail. Each check
 * returns the parsed value, or null when it is not reported or failed a rule.
 */
public class Checks {

	static final BigDecimal MAX_COUNT = new BigDecimal("100000000");

	static final BigDecimal MAX_MONEY = new BigDecimal("1000000000");

	public static final String TEXT_TOO_LONG = "text-too-long";

	/** How much of a value a finding shows. */
	private static final int SHOWN = 1000;

	private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}");

	private final String file;

	private final List<Finding> findings = new ArrayList<>();

	/** The cells whose text was cut, each warned of once however often it is read. */
	private final Set<Provenance> cutTexts = new HashSet<>();

	public Checks(String file) {
		this.file = file;
	}

	public List<Finding> findings() {
		return findings;
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(Finding::isError);
	}

	/** How many errors so far: a record whose checks add one is not loaded. */
	public long errorCount() {
		return findings.stream().filter(Finding::isError).count();
	}

	public void fileError(String rule, String message) {
		findings.add(Finding.fileError(file, rule, message));
	}

	public void fileUnreadable(IOException e) {
		fileError("file-unreadable", "The file could not be read: " + e.getMessage());
	}

	public String file() {
		return file;
	}

	public void fileError(String sheet, String rule, String message) {
		findings.add(new Finding(Level.FILE, Severity.ERROR, file, sheet, null, null, null, rule, message));
	}

	public void add(Finding finding) {
		findings.add(finding);
	}

	public void error(Level level, SourceValue at, String rule, String message) {
		findings.add(Finding.at(level, Severity.ERROR, at.at(), shown(at), rule, message));
	}

	public void warning(Level level, SourceValue at, String rule, String message) {
		findings.add(Finding.at(level, Severity.WARNING, at.at(), shown(at), rule, message));
	}

	/**
	 * A number, or null when not reported; records {@code not-a-number} when it is
	 * neither.
	 */
	public BigDecimal number(SourceValue value, String what) {
		if (value == null) {
			return null;
		}
		ParsedNumber parsed = Numbers.parse(value);
		if (!parsed.valid()) {
			error(Level.RECORD, value, "not-a-number",
					what + " must be a number (or blank, '-' or '..' when not reported)");
			return null;
		}
		return parsed.value();
	}

	/**
	 * A whole, non-negative count of at most 100,000,000; {@code required} makes a blank
	 * an error.
	 */
	public BigDecimal count(SourceValue value, String what, boolean required) {
		BigDecimal n = number(value, what);
		if (n == null) {
			if (required && value != null && Numbers.parse(value).valid()) {
				error(Level.RECORD, value, "metric-value-missing", what + " is required and is blank");
			}
			return null;
		}
		if (n.signum() < 0) {
			error(Level.RECORD, value, "count-negative", what + " cannot be negative");
		}
		else if (n.stripTrailingZeros().scale() > 0) {
			error(Level.RECORD, value, "count-fractional", what + " must be a whole number");
		}
		else if (n.compareTo(MAX_COUNT) > 0) {
			error(Level.RECORD, value, "count-too-large", what + " is over 100,000,000: check the units");
		}
		else {
			return n;
		}
		return null;
	}

	/** A proportion from 0 to 1 (a {@code %} value is divided by 100 when parsed). */
	public BigDecimal proportion(SourceValue value, String what) {
		BigDecimal n = number(value, what);
		if (n != null && (n.signum() < 0 || n.compareTo(BigDecimal.ONE) > 0)) {
			error(Level.RECORD, value, "proportion-out-of-range",
					what + " must be a proportion from 0 to 1 (or 0% to 100%)");
			return null;
		}
		return n;
	}

	/** Pounds from 0 to £1,000,000,000. */
	public BigDecimal money(SourceValue value, String what) {
		BigDecimal n = number(value, what);
		if (n == null) {
			return null;
		}
		if (n.signum() < 0) {
			error(Level.RECORD, value, "money-negative", what + " cannot be negative");
			return null;
		}
		if (n.compareTo(MAX_MONEY) > 0) {
			error(Level.RECORD, value, "money-too-large", what + " is over £1,000,000,000: check the units");
			return null;
		}
		return n;
	}

	/**
	 * A date (ISO, UK, or the trust file's {@code YYYYMMDD}), or null when blank or not a
	 * date.
	 */
	public LocalDate date(SourceValue value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.value() instanceof String text && BASIC_DATE.matcher(text.strip()).matches()) {
			try {
				return LocalDate.parse(text.strip(), DateTimeFormatter.BASIC_ISO_DATE);
			}
			catch (DateTimeParseException notADate) {
				// reported below
			}
		}
		ParsedDate date = Dates.parse(value);
		if (!date.valid()) {
			error(Level.RECORD, value, "date-unparseable", "A date is written 2016-10-31 or 31/10/2016");
		}
		return date.value();
	}

	/**
	 * Trimmed text, or null when blank; cut to the {@code max} characters its warehouse
	 * column holds, with a warning ({@value #TEXT_TOO_LONG}) saying where, how long it
	 * was and what was kept. Every text a return loads passes here, so none is cut
	 * silently.
	 * @param what the text as the submitter knows it: {@code Scheme name}
	 */
	public String text(SourceValue value, int max, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.text().trim();
		if (text.length() <= max) {
			return text;
		}
		if (cutTexts.add(value.at())) {
			warning(Level.RECORD, value, TEXT_TOO_LONG,
					String.format("%s is %,d characters long, more than the %,d kept: only its first %,d were loaded",
							what, text.length(), max, max));
		}
		return text.substring(0, max);
	}

	private static String shown(SourceValue value) {
		if (value == null) {
			return null;
		}
		String text = value.text();
		return text.length() <= SHOWN ? text : text.substring(0, SHOWN);
	}

}
