package org.joinedup.report.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.chart.BarChart;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.SurveyShare;
import org.joinedup.report.style.CellFormat;
import org.joinedup.report.style.Cells;
import org.joinedup.report.table.Column;
import org.joinedup.report.table.TablePlacement;

/**
 * Leadership survey answers by wave: the SurveyTrends table, and beside it, per question,
 * the share of each answer by wave (a small grid) and a native chart of it.
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
		kit.heading(sheet, "Leadership survey trends", data.quarter(),
				data.surveyShares().isEmpty() ? "No survey returns have been loaded."
						: "Every wave of every survey loaded. Respondents is the base of the share: those who answered "
								+ "(Don't know included, blank answers not). Published results in aggregate form are "
								+ "shown as given.");
		List<Column<SurveyShare>> columns = List.of(Column.text("Survey", SurveyShare::survey),
				Column.text("Wave", SurveyShare::wave), Column.text("Question ID", SurveyShare::questionId),
				Column.text("Question", SurveyShare::question), Column.text("Answer", SurveyShare::answer),
				// each question's base, repeated for each of its answers: no total
				Column.<SurveyShare>value("Respondents", CellFormat.COUNT, SurveyShare::respondents).noTotal(),
				Column.value("Share (%)", CellFormat.PERCENT, SurveyShare::share));
		TablePlacement table = kit.tables()
			.write(sheet, SheetKit.TABLE_HEADER_ROW, 0, "SurveyTrends", columns, data.surveyShares());
		int top = SheetKit.TABLE_HEADER_ROW;
		for (List<SurveyShare> question : byQuestion(data.surveyShares()).values()) {
			top = writeQuestion(sheet, question, top, table.columnBesideWithGap());
		}
	}

	/**
	 * The grid of shares (waves down, answers across) and its chart beside it; returns
	 * the next free row.
	 */
	private int writeQuestion(XSSFSheet sheet, List<SurveyShare> shares, int top, int left) {
		List<String> waves = shares.stream().map(SurveyShare::wave).distinct().toList();
		List<String> answers = new ArrayList<>();
		shares.stream()
			.sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
			.map(SurveyShare::answer)
			.filter(a -> !answers.contains(a))
			.forEach(answers::add);
		SurveyShare last = shares.get(shares.size() - 1);
		Cells.put(sheet, top, left, last.survey() + ": " + last.questionId()).setCellStyle(kit.styles().header());
		for (int a = 0; a < answers.size(); a++) {
			Cells.put(sheet, top, left + 1 + a, answers.get(a)).setCellStyle(kit.styles().header());
		}
		for (int w = 0; w < waves.size(); w++) {
			Cells.put(sheet, top + 1 + w, left, waves.get(w));
			for (int a = 0; a < answers.size(); a++) {
				String wave = waves.get(w);
				String answer = answers.get(a);
				Object share = shares.stream()
					.filter(s -> s.wave().equals(wave) && s.answer().equals(answer))
					.map(SurveyShare::share)
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null);
				Cells.put(sheet, top + 1 + w, left + 1 + a, share).setCellStyle(kit.styles().of(CellFormat.PERCENT));
			}
		}
		int lastRow = top + waves.size();
		List<BarChart.Series> series = new ArrayList<>();
		for (int a = 0; a < answers.size(); a++) {
			series.add(new BarChart.Series(new CellReference(top, left + 1 + a),
					new CellRangeAddress(top + 1, lastRow, left + 1 + a, left + 1 + a)));
		}
		int chartLeft = left + answers.size() + 2;
		BarChart.draw(sheet, new BarChart.Frame(chartLeft, top, chartLeft + CHART_WIDTH, top + CHART_HEIGHT),
				last.questionId() + ": " + last.question(), new CellRangeAddress(top + 1, lastRow, left, left), series,
				"0%");
		return Math.max(lastRow, top + CHART_HEIGHT) + 2;
	}

	private static Map<List<String>, List<SurveyShare>> byQuestion(List<SurveyShare> shares) {
		Map<List<String>, List<SurveyShare>> byQuestion = new LinkedHashMap<>();
		shares.forEach(
				s -> byQuestion.computeIfAbsent(List.of(s.survey(), s.questionId()), k -> new ArrayList<>()).add(s));
		return byQuestion;
	}

}
