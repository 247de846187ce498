package org.joinedup.samples.bcf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.joinedup.samples.area.Area;
import org.joinedup.samples.area.Areas;
import org.joinedup.samples.bcf.Layout.CoverPlacement;
import org.joinedup.samples.bcf.Layout.Labels;
import org.joinedup.samples.bcf.Layout.Numbers;
import org.joinedup.samples.bcf.Layout.SheetNaming;
import org.joinedup.samples.bcf.Layout.SignOff;
import org.joinedup.samples.bcf.Quarter.PeriodForm;

/**
 * Every BCF return of the default inbox: each area for each quarter of 2015-16 and
 * 2016-17, imperfections spread by rotation, a few placed on purpose (see the constants),
 * and one resubmission. Sorted by path (receipt order).
 */
public final class InboxPlan {

	public static final List<Quarter> QUARTERS = List.of(new Quarter(2015, 1), new Quarter(2015, 2),
			new Quarter(2015, 3), new Quarter(2015, 4), new Quarter(2016, 1), new Quarter(2016, 2),
			new Quarter(2016, 3), new Quarter(2016, 4));

	public static final String HOSTILE_NAME = "=HYPERLINK(\"http://example.com\",\"click\")";
	static final String XLS_1 = "E06000001@2015-16-Q1";
	static final String XLS_2 = "E09000033@2016-17-Q3";
	static final String DATE_1904 = "E08000035@2016-17-Q1";
	static final String TOTAL_OFF = "E08000025@2016-17-Q2";
	static final String HOSTILE = "E09000007@2016-17-Q4";
	static final String RESUBMITTED = "E08000008@2016-17-Q3";
	static final long TOTAL_ERROR = 1_250;

	private InboxPlan() {
	}

	public static List<Submission> submissions(BcfDataModel model) {
		List<Submission> all = new ArrayList<>();
		int i = 0;
		for (Quarter p : QUARTERS) {
			for (int a = 0; a < Areas.all().size(); a++) {
				Area area = Areas.all().get(a);
				String key = area.onsCode() + "@" + p.fileKey();
				Layout layout = rotated(i++, a, p);
				BcfReturn content = model.returnFor(area, p);
				String note = "";
				if (key.equals(XLS_1) || key.equals(XLS_2)) {
					layout.legacyXls(true);
				}
				if (key.equals(DATE_1904)) {
					layout.date1904(true).signOff(SignOff.DATE_CELL);
				}
				if (key.equals(TOTAL_OFF)) {
					layout.totalError(TOTAL_ERROR).numbers(Numbers.NUMERIC);
				}
				if (key.equals(HOSTILE)) {
					List<Scheme> schemes = new ArrayList<>(content.schemes());
					schemes.set(1, schemes.get(1).withName(HOSTILE_NAME));
					content = content.withSchemes(schemes);
					note = "scheme " + schemes.get(1).id() + " is named " + HOSTILE_NAME + " (must stay text)";
				}
				int[] rev = BcfDataModel.revisedIn(area);
				if (rev != null && rev[1] == p.q()) {
					note = "revises Q" + rev[0] + " actual expenditure (restated from this return on)";
				}
				String dir = "inbox/bcf/" + p.year() + "/Q" + p.q() + "/";
				String file = area.onsCode() + "-" + area.slug() + (layout.legacyXls ? ".xls" : ".xlsx");
				all.add(new Submission(dir + file, content, layout, note));
				if (key.equals(RESUBMITTED)) {
					Layout again = rotated(i, a, p).period(PeriodForm.YEAR_FIRST_SLASH);
					all.add(new Submission(dir + "resubmitted/" + file, model.resubmissionFor(area, p), again,
							"resubmission: supersedes " + dir + file));
				}
			}
		}
		all.sort(Comparator.comparing(Submission::path));
		return all;
	}

	private static Layout rotated(int i, int a, Quarter p) {
		int y = p.startYear();
		int q = p.q();
		String[] notReported = { "-", "..", "\u2013", "*", "", "", "" };
		return Layout.standard()
			.sheets(SheetNaming.values()[(a + y) % 4])
			.labels(Labels.values()[(a + q) % 4])
			.cover(CoverPlacement.values()[(a + 2 * q + y) % 3])
			.metricNames((a + q) % 2 == 1)
			.metricsHeaderRow(new int[] { 3, 6, 11 }[i % 3])
			.numbers(new Numbers[] { Numbers.NUMERIC, Numbers.TEXT, Numbers.COMMAS, Numbers.POUNDS, Numbers.SPACES,
					Numbers.NUMERIC }[i % 6])
			.percentText(i % 5 == 3)
			.notReported(notReported[i % 7])
			.formulaTotals(i % 4 != 2)
			.styledEmptyRows(i % 3 == 0)
			.signOff(i % 5 == 1 ? SignOff.ISO_TEXT : i % 5 == 4 ? SignOff.UK_TEXT : SignOff.DATE_CELL)
			.period(PeriodForm.values()[(a + q + y) % 4])
			.versionAsNumber(i % 8 == 5)
			.veryHiddenLists(i % 11 == 0);
	}

}
