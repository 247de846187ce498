package org.joinedup.samples.rejects;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.joinedup.samples.episode.EpisodeWriter;

/**
 * One bad CSV feed file (providers reference, leadership survey, episodes extract) per
 * reject rule, each otherwise valid, so that it fails for exactly that rule. Row is the
 * file's line number, column the header as formats.md writes it.
 */
public final class FeedRejects {

	private static final String PROVIDERS = "ODS code,Name,Parent code,Parent name,Region\n";

	private static final String RESPONSES = "Survey,Wave,Respondent ID,Organisation type,Role,Question ID,Question,"
			+ "Response\n";

	private static final String SHARES = "Survey,Wave,Question ID,Question,Answer,Share (%),Respondents\n";

	private static final String EPISODE = "2017-01-%02d,21,%d,E06000001,2017-01-20,19\n";

	private FeedRejects() {
	}

	public static List<Reject> build() {
		return List.of(record("providers-ods-code-malformed.csv", PROVIDERS
				+ "RVW,North Tees and Hartlepool NHS Foundation Trust,Y63,North East and Yorkshire,North East and Yorkshire\n"
				+ "R-J1,Guy's and St Thomas' NHS Foundation Trust,Y56,London,London\n", "3", "ODS code", "R-J1",
				"ods-code-malformed"),
				record("providers-ods-code-duplicate.csv", PROVIDERS
						+ "RVW,North Tees and Hartlepool NHS Foundation Trust,Y63,North East and Yorkshire,North East and Yorkshire\n"
						+ "rvw,North Tees and Hartlepool NHS FT,Y63,North East and Yorkshire,North East and Yorkshire\n",
						"3", "ODS code", "rvw", "ods-code-duplicate"),
				record("providers-value-missing.csv", PROVIDERS + "RVW,,Y54,North,North East\n", "2", "Name", "",
						"value-missing"),
				record("survey-value-missing.csv", RESPONSES
						+ "NHS Providers survey,2021-11,,Acute trust,Chair,WINTER,How concerned are you about the coming winter?,Extremely concerned\n",
						"2", "Respondent ID", "", "value-missing"),
				record("survey-answer-off-scale.csv", RESPONSES
						+ "NHS Providers survey,2021-11,202111-0001,Acute trust,Chair,WINTER,How concerned are you about the coming winter?,Extremely concerned\n"
						+ "NHS Providers survey,2021-11,202111-0002,Acute trust,Chair,WINTER,How concerned are you about the coming winter?,Quite worried\n",
						"3", "Response", "Quite worried", "answer-off-scale"),
				record("survey-wave-malformed.csv", RESPONSES
						+ "NHS Providers survey,2021-13,202111-0001,Acute trust,Chair,WINTER,How concerned are you about the coming winter?,Extremely concerned\n",
						"2", "Wave", "2021-13", "wave-malformed"),
				record("survey-answer-duplicate.csv", RESPONSES
						+ "NHS Providers survey,2021-11,202111-0001,Acute trust,Chair,WINTER,How concerned are you about the coming winter?,Extremely concerned\n"
						+ "NHS Providers survey,2021-11,202111-0001,Acute trust,Chair,WINTER,How concerned are you about the coming winter?,Not concerned\n",
						"3", "Respondent ID", "202111-0001", "answer-duplicate"),
				record("survey-share-out-of-range.csv", SHARES
						+ "NHS Providers survey,2019-11,WINTER,How concerned are you about the coming winter?,Extremely concerned,130,120\n",
						"2", "Share (%)", "130", "share-out-of-range"),
				new Reject("episodes-too-many-bad-rows.csv", episodes(), "FILE", "", "", "", "", "too-many-bad-rows"),
				new Reject("episodes-extract-empty.csv", bytes(EpisodeWriter.HEADER), "FILE", "", "", "", "",
						"extract-empty"));
	}

	/**
	 * Ten rows, two of them bad (an unknown admission method, a discharge before
	 * admission): 20% > 0.1%.
	 */
	private static byte[] episodes() {
		StringBuilder text = new StringBuilder(EpisodeWriter.HEADER);
		for (int i = 1; i <= 10; i++) {
			String row = String.format(EPISODE, i, 40 + i);
			if (i == 4) {
				row = row.replace(",21,", ",99,");
			}
			if (i == 7) {
				row = row.replace("2017-01-20", "2016-12-31");
			}
			text.append(String.format("EP%09d,RVW,", i)).append(row);
		}
		return bytes(text.toString());
	}

	private static Reject record(String file, String text, String row, String column, String value, String rule) {
		return new Reject(file, bytes(text), "RECORD", "", row, column, value, rule);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
