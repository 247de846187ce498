package org.joinedup.samples.bcf;

import org.joinedup.samples.bcf.Quarter.PeriodForm;

/**
 * How one return is laid out and which of formats.md's tolerated imperfections it
 * carries. Mutable, with fluent setters; {@link #standard} is the clean template layout.
 */
public final class Layout {

	/** Sheet naming styles a sender's copy of the template may have. */
	public enum SheetNaming {

		TEMPLATE, DOTTED, DASHED, PLAIN

	}

	/**
	 * Cover label wording: the template's, noisy (trailing colon, NBSP, ampersand) or
	 * aliases.
	 */
	public enum Labels {

		STANDARD, NOISY, HWB_ALIAS, GSS_ALIAS

	}

	/** Where the Cover's label/value pairs sit. */
	public enum CoverPlacement {

		ADJACENT, SPREAD, LOW

	}

	/** How numbers are written: numeric cells, or text in one of the tolerated forms. */
	public enum Numbers {

		NUMERIC, TEXT, COMMAS, POUNDS, SPACES

	}

	/** How the sign-off date is written. */
	public enum SignOff {

		DATE_CELL, ISO_TEXT, UK_TEXT

	}

	boolean legacyXls;

	SheetNaming sheets = SheetNaming.TEMPLATE;

	Labels labels = Labels.STANDARD;

	CoverPlacement cover = CoverPlacement.ADJACENT;

	boolean metricNames;

	int metricsHeaderRow = 3;

	Numbers numbers = Numbers.NUMERIC;

	boolean percentText;

	String notReported = "";

	boolean formulaTotals = true;

	long totalError;

	boolean savingsTotal = true;

	boolean styledEmptyRows;

	boolean date1904;

	SignOff signOff = SignOff.DATE_CELL;

	PeriodForm period = PeriodForm.Q_FIRST;

	boolean versionAsNumber;

	boolean veryHiddenLists;

	public static Layout standard() {
		return new Layout();
	}

	public Layout legacyXls(boolean v) {
		legacyXls = v;
		return this;
	}

	public Layout sheets(SheetNaming v) {
		sheets = v;
		return this;
	}

	public Layout labels(Labels v) {
		labels = v;
		return this;
	}

	public Layout cover(CoverPlacement v) {
		cover = v;
		return this;
	}

	public Layout metricNames(boolean v) {
		metricNames = v;
		return this;
	}

	public Layout metricsHeaderRow(int v) {
		metricsHeaderRow = v;
		return this;
	}

	public Layout numbers(Numbers v) {
		numbers = v;
		return this;
	}

	public Layout percentText(boolean v) {
		percentText = v;
		return this;
	}

	public Layout notReported(String v) {
		notReported = v;
		return this;
	}

	public Layout formulaTotals(boolean v) {
		formulaTotals = v;
		return this;
	}

	public Layout totalError(long v) {
		totalError = v;
		return this;
	}

	public Layout savingsTotal(boolean v) {
		savingsTotal = v;
		return this;
	}

	public Layout styledEmptyRows(boolean v) {
		styledEmptyRows = v;
		return this;
	}

	public Layout date1904(boolean v) {
		date1904 = v;
		return this;
	}

	public Layout signOff(SignOff v) {
		signOff = v;
		return this;
	}

	public Layout period(PeriodForm v) {
		period = v;
		return this;
	}

	public Layout versionAsNumber(boolean v) {
		versionAsNumber = v;
		return this;
	}

	public Layout veryHiddenLists(boolean v) {
		veryHiddenLists = v;
		return this;
	}

	/** A one-line description of the imperfections, for the README table. */
	public String describe(Quarter quarter) {
		StringBuilder b = new StringBuilder();
		add(b, legacyXls, "legacy .xls (HSSF)");
		add(b, sheets != SheetNaming.TEMPLATE, "sheet names " + sheets.name().toLowerCase());
		add(b, labels != Labels.STANDARD, "cover labels " + labels.name().toLowerCase().replace('_', ' '));
		add(b, cover != CoverPlacement.ADJACENT, "cover pairs " + cover.name().toLowerCase());
		add(b, metricNames, "metrics by full name");
		add(b, metricsHeaderRow != 3, "metrics header on row " + (metricsHeaderRow + 1));
		add(b, numbers != Numbers.NUMERIC, "numbers as text (" + numbers.name().toLowerCase() + ")");
		add(b, percentText, "REA as '82.4%' text");
		add(b, !notReported.isEmpty(), "not reported as '" + notReported + "'");
		add(b, !formulaTotals, "constant totals");
		add(b, totalError != 0, "I&E planned expenditure Total off by £" + totalError + " (warning)");
		add(b, styledEmptyRows, "styled empty rows");
		add(b, date1904, "1904 date system");
		add(b, signOff != SignOff.DATE_CELL, "sign-off date as " + signOff.name().toLowerCase().replace('_', ' '));
		add(b, versionAsNumber, "template version as a number");
		add(b, veryHiddenLists, "very hidden sheet");
		add(b, true, "period '" + quarter.format(period) + "'");
		return b.toString();
	}

	private static void add(StringBuilder b, boolean on, String text) {
		if (on) {
			b.append(b.length() > 0 ? "; " : "").append(text);
		}
	}

}
