package org.joinedup.samples;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.joinedup.samples.bcf.Quarter;

/**
 * A small, independent reading of formats.md's tolerance rules, used to check the samples
 * say what they mean.
 */
final class Tolerant {

	private static final Pattern PERIOD = Pattern
		.compile("(?:Q([1-4])\\s+(\\d{4})[-/](\\d{2}))|(?:(\\d{4})[-/](\\d{2})\\s+Q([1-4]))");

	private Tolerant() {
	}

	/**
	 * Text matching of formats.md: case, white space (NBSP too), '&', trailing ':',
	 * leading sheet number.
	 */
	static String norm(String s) {
		String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
		t = t.replace("&", "and").replaceAll("\\s+", " ");
		t = t.replaceAll(":$", "").trim();
		return t.replaceFirst("^\\d+\\s*(\\)|\\.|-)\\s*", "").trim();
	}

	static String text(Cell c) {
		if (c == null) {
			return "";
		}
		return switch (c.getCellType()) {
			case STRING -> c.getStringCellValue();
			case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case FORMULA -> c.getCachedFormulaResultType() == CellType.NUMERIC
					? BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString()
					: c.getStringCellValue();
			default -> "";
		};
	}

	/** A number cell: null when not reported; throws when not a number. */
	static BigDecimal number(Cell c) {
		if (c != null && (c.getCellType() == CellType.NUMERIC
				|| c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC)) {
			return BigDecimal.valueOf(c.getNumericCellValue());
		}
		String t = text(c).replace('\u00a0', ' ').trim();
		if (t.isEmpty() || t.equals("-") || t.equals("\u2013") || t.equals("..") || t.equals("*")) {
			return null;
		}
		boolean percent = t.endsWith("%");
		t = t.replaceAll("^\u00a3", "").replace(",", "").replaceAll("%$", "").trim();
		BigDecimal v = new BigDecimal(t);
		return percent ? v.movePointLeft(2) : v;
	}

	static Quarter period(String s) {
		Matcher m = PERIOD.matcher(s.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("period " + s);
		}
		boolean qFirst = m.group(1) != null;
		int q = Integer.parseInt(qFirst ? m.group(1) : m.group(6));
		int start = Integer.parseInt(qFirst ? m.group(2) : m.group(4));
		int end = Integer.parseInt(qFirst ? m.group(3) : m.group(5));
		if ((start + 1) % 100 != end) {
			throw new IllegalArgumentException("period years " + s);
		}
		return new Quarter(start, q);
	}

}
