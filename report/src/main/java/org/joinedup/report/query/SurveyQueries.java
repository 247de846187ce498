package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Leadership survey answers by wave, from the accepted survey returns: shares computed
 * from respondent rows (blank answers left out of the base), and published shares as
 * given.
 */
public class SurveyQueries {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final NamedParameterJdbcTemplate jdbc;

	public SurveyQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every survey, question, wave and answer, in that order (answers in scale order).
	 */
	public List<SurveyShare> shares() {
		List<SurveyShare> shares = new ArrayList<>(fromRespondents());
		shares.addAll(jdbc.query("""
				SELECT a.survey, a.wave, a.question_id, a.question, a.answer, a.answer_rank, a.respondents,
				       a.share_percent
				FROM survey_share a JOIN submission s ON s.id = a.submission_id
				WHERE\s""" + ACCEPTED.of("s"), new MapSqlParameterSource(),
				(rs, i) -> new SurveyShare(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8).divide(HUNDRED))));
		shares.sort(Comparator.comparing(SurveyShare::survey)
			.thenComparing(SurveyShare::questionId)
			.thenComparing(SurveyShare::wave)
			.thenComparingInt(SurveyShare::rank));
		return shares;
	}

	private List<SurveyShare> fromRespondents() {
		record Count(String survey, String wave, String questionId, String question, String answer, int rank,
				int respondents) {
		}
		List<Count> counts = jdbc.query("""
				SELECT a.survey, a.wave, a.question_id, MAX(a.question), a.answer, MIN(a.answer_rank), COUNT(*)
				FROM survey_answer a JOIN submission s ON s.id = a.submission_id
				WHERE %s AND a.answer IS NOT NULL
				GROUP BY a.survey, a.wave, a.question_id, a.answer""".formatted(ACCEPTED.of("s")),
				new MapSqlParameterSource(), (rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7)));
		Map<List<String>, Integer> bases = new HashMap<>();
		counts.forEach(c -> bases.merge(List.of(c.survey(), c.wave(), c.questionId()), c.respondents(), Integer::sum));
		return counts.stream().map(c -> {
			int base = bases.get(List.of(c.survey(), c.wave(), c.questionId()));
			return new SurveyShare(c.survey(), c.wave(), c.questionId(), c.question(), c.answer(), c.rank(), base,
					BigDecimal.valueOf(c.respondents()).divide(BigDecimal.valueOf(base), MathContext.DECIMAL64));
		}).toList();
	}

}
