package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
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
	 * Every survey, question, wave and answer of the waves over by {@code day}, in that
	 * order (answers in scale order): a quarter's workbook, made again later, shows no
	 * wave that had not happened by the quarter's end.
	 */
	public List<SurveyShare> sharesUpTo(LocalDate day) {
		List<SurveyShare> shares = new ArrayList<>(fromRespondents());
		shares.addAll(jdbc.query("""
				SELECT a.survey, a.wave, a.question_id, a.question, a.answer, a.answer_rank, a.respondents,
				       a.share_percent
				FROM survey_share a JOIN submission s ON s.id = a.submission_id
				WHERE\s""" + ACCEPTED.of("s"), new MapSqlParameterSource(),
				(rs, i) -> new SurveyShare(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8).divide(HUNDRED))));
		shares.removeIf(share -> share.waveEnd().isAfter(day));
		shares.sort(Comparator.comparing(SurveyShare::survey)
			.thenComparing(SurveyShare::questionId)
			.thenComparing(SurveyShare::wave)
			.thenComparingInt(SurveyShare::rank));
		return shares;
	}

	/**
	 * The survey files (by SHA-256) none of whose waves was over by {@code day}: nothing
	 * of theirs is in that day's quarter.
	 */
	public Set<String> filesOnlyAfter(LocalDate day) {
		Map<String, Boolean> anyWaveOver = new HashMap<>();
		jdbc.query("""
				SELECT DISTINCT rf.sha256, a.wave FROM (SELECT submission_id, wave FROM survey_answer
				  UNION SELECT submission_id, wave FROM survey_share) a
				JOIN submission s ON s.id = a.submission_id JOIN received_file rf ON rf.id = s.received_file_id
				WHERE\s""" + ACCEPTED.of("s"), new MapSqlParameterSource(), (RowCallbackHandler) rs -> anyWaveOver
			.merge(Columns.code(rs, 1), !SurveyShare.waveEnd(rs.getString(2)).isAfter(day), Boolean::logicalOr));
		return anyWaveOver.entrySet()
			.stream()
			.filter(file -> !file.getValue())
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
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
