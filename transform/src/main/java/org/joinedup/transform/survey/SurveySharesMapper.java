package org.joinedup.transform.survey;

import static org.joinedup.transform.survey.SurveyShareColumn.ANSWER;
import static org.joinedup.transform.survey.SurveyShareColumn.QUESTION;
import static org.joinedup.transform.survey.SurveyShareColumn.QUESTION_ID;
import static org.joinedup.transform.survey.SurveyShareColumn.RESPONDENTS;
import static org.joinedup.transform.survey.SurveyShareColumn.SHARE;
import static org.joinedup.transform.survey.SurveyShareColumn.SURVEY;
import static org.joinedup.transform.survey.SurveyShareColumn.WAVE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.joinedup.ingest.csv.CsvRow;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.transform.check.Checks;
import org.joinedup.transform.load.Fact;
import org.joinedup.warehouse.ReturnType;

/**
 * R4 in aggregate form: published shares, stored as given, with the respondents as their
 * base.
 */
public class SurveySharesMapper extends SurveyMapper {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final String QUESTION_ID_TEXT = "The Question ID";

	public SurveySharesMapper(SurveyReader reader) {
		super(ReturnType.SURVEY_AGGREGATE, reader);
	}

	@Override
	void check(List<CsvRow> rows, Checks checks, List<Fact> facts, Set<SurveyWave> waves) {
		QuestionScales scales = new QuestionScales(rows, row -> checks.text(row.get(QUESTION_ID), 60, QUESTION_ID_TEXT),
				row -> row.get(ANSWER).text());
		for (CsvRow row : rows) {
			SurveyWave wave = SurveyWave.of(row.get(SURVEY), row.get(WAVE), checks);
			String questionId = checks.text(row.get(QUESTION_ID), 60, QUESTION_ID_TEXT);
			if (wave == null) {
				continue;
			}
			if (questionId == null || row.get(QUESTION).isBlank()) {
				checks.error(Level.RECORD, questionId == null ? row.get(QUESTION_ID) : row.get(QUESTION),
						"value-missing", "Every share needs its Question ID and Question");
				continue;
			}
			SourceValue answerValue = row.get(ANSWER);
			Optional<AnswerScale.Answer> answer = scales.match(questionId, answerValue.text());
			if (answer.isEmpty()) {
				checks.error(Level.RECORD, answerValue, "answer-off-scale",
						"'" + answerValue.text().trim() + "' is not an answer on the scale of question " + questionId);
				continue;
			}
			BigDecimal share = sharePercent(row.get(SHARE), checks);
			BigDecimal respondents = checks.count(row.get(RESPONDENTS), "Respondents", true);
			if (share == null || respondents == null) {
				continue;
			}
			waves.add(wave);
			facts.add(new SurveyShareFact(wave, questionId, checks.text(row.get(QUESTION), 1000, "The Question"),
					answer.get(), share, respondents.intValueExact(), row.line()));
		}
	}

	/**
	 * The share as a percentage, as written: {@code 33} and {@code 33%} both mean 33%.
	 */
	private static BigDecimal sharePercent(SourceValue value, Checks checks) {
		if (value.isBlank()) {
			checks.error(Level.RECORD, value, "metric-value-missing", "Share (%) is required and is blank");
			return null;
		}
		BigDecimal parsed = checks.number(value, "Share (%)");
		if (parsed == null) {
			return null;
		}
		BigDecimal percent = value.text().trim().endsWith("%") ? parsed.multiply(HUNDRED) : parsed;
		if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
			checks.error(Level.RECORD, value, "share-out-of-range", "Share (%) must be from 0 to 100");
			return null;
		}
		return percent.stripTrailingZeros();
	}

}
