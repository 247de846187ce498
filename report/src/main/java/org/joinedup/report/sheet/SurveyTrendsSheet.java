package org.joinedup.report.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.chart.BarChart;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.SurveyShare;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.table.Column;

/**
 * Leadership survey answers by wave: the SurveyTrends table; per question, the share of
 * each answer by wave and a native chart of it on a sheet of its own
 * ({@link #crossTabs(SheetKit, ReportData)}).
 */
public final class SurveyTrendsSheet implements ReportSheet {

	private static final int CHART_WIDTH = 9;

	private static final int CHART_HEIGHT = 16;

	private final SheetKit kit;

	public SurveyTrendsSheet(SheetKit kit) {
		this.kit = kit;
	}

	@Override
	public String name() {
		return "Survey trends";
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		kit.heading(sheet, "Leadership survey trends", data.quarter(), data.surveyShares().isEmpty()
				? "No survey wave loaded was over by the end of the quarter."
				: "Every wave of every survey loaded that was over by the end of the quarter (a wave given "
						+ "as a year counts from that year's end). Respondents is the base of the share: those who answered "
						+ "(Don't know included, blank answers not). Published results in aggregate form are "
						+ "shown as given. Each question's shares by wave, with a chart, have a sheet of their "
						+ "own after Notes.");
		List<Column<SurveyShare>> columns = List.of(Column.text("Survey", SurveyShare::survey),
				Column.text("Wave", SurveyShare::wave), Column.text("Question ID", SurveyShare::questionId),
				Column.text("Question", SurveyShare::question), Column.text("Answer", SurveyShare::answer),
				// each question's base, repeated for each of its answers: no total
				Column.<SurveyShare>value("Respondents", CellFormat.COUNT, SurveyShare::respondents).noTotal(),
				Column.value("Share (%)", CellFormat.PERCENT, SurveyShare::share));
		kit.tables().write(sheet, SheetKit.TABLE_HEADER_ROW, 0, "SurveyTrends", columns, data.surveyShares());
	}

	@Override
	public String description() {
		return "Leadership survey answers: every wave over by the quarter's end, question and answer with respondents "
				+ "and share";
	}

	/**
	 * A sheet per survey question: the share of each answer by wave (waves down, answers
	 * across) as a table named after the question, with a native chart beside it.
	 */
	public static List<ReportSheet> crossTabs(SheetKit kit, ReportData data) {
		List<ReportSheet> sheets = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (List<SurveyShare> question : byQuestion(data.surveyShares()).values()) {
			SurveyShare last = question.get(question.size() - 1);
			String base = "Survey_" + last.questionId().replaceAll("[^A-Za-z0-9]+", "_");
			base = base.substring(0, Math.min(base.length(), 28));
			String name = base;
			for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
				name = base + "_" + n;
			}
			sheets.add(crossTab(kit, name, question));
		}
		return sheets;
	}

	private static ReportSheet crossTab(SheetKit kit, String tableName, List<SurveyShare> shares) {
		List<String> waves = shares.stream().map(SurveyShare::wave).distinct().toList();
		List<String> answers = new ArrayList<>();
		shares.stream()
			.sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
			.map(SurveyShare::answer)
			.filter(a -> !answers.contains(a))
			.forEach(answers::add);
		SurveyShare last = shares.get(shares.size() - 1);
		List<Column<String>> columns = new ArrayList<>();
		columns.add(Column.text("Wave", wave -> wave));
		for (String answer : answers) {
			columns.add(Column.value(answer, CellFormat.PERCENT,
					wave -> shares.stream()
						.filter(s -> s.wave().equals(wave) && s.answer().equals(answer))
						.map(SurveyShare::share)
						.filter(Objects::nonNull)
						.findFirst()
						.orElse(null)));
		}
		String title = last.survey() + ": " + last.questionId();
		return new TableSheet<>(kit, tableName, title,
				sentence(last.question())
						+ " Share of respondents giving each answer, by wave (from table SurveyTrends).",
				title + ", share of each answer by wave, with a chart", columns, data -> waves,
				(sheet, table, rows) -> {
					List<BarChart.Series> series = new ArrayList<>();
					for (String answer : answers) {
						int column = table.columnIndex(answer);
						series.add(new BarChart.Series(new CellReference(table.headerRow(), column),
								new CellRangeAddress(table.firstDataRow(), table.lastRow(), column, column)));
					}
					int left = table.columnBesideWithGap();
					int top = table.headerRow();
					int width = PrintLayout.chartColumns(sheet, left, CHART_WIDTH);
					BarChart.draw(sheet, new BarChart.Frame(left, top, left + width, top + CHART_HEIGHT),
							last.questionId() + ": " + last.question(), new CellRangeAddress(table.firstDataRow(),
									table.lastRow(), table.firstColumn(), table.firstColumn()),
							series, "0%");
				});
	}

	private static String sentence(String text) {
		return text == null || text.isEmpty() ? "" : text.matches(".*[.?!]$") ? text : text + ".";
	}

	private static Map<List<String>, List<SurveyShare>> byQuestion(List<SurveyShare> shares) {
		Map<List<String>, List<SurveyShare>> byQuestion = new LinkedHashMap<>();
		shares.forEach(
				s -> byQuestion.computeIfAbsent(List.of(s.survey(), s.questionId()), k -> new ArrayList<>()).add(s));
		return byQuestion;
	}

}
