package org.joinedup.samples.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.joinedup.samples.io.Csv;
import org.joinedup.samples.survey.SurveyWave.Answers;

/**
 * The leadership survey samples (R4). Published: the NHS Confederation member survey of
 * 2013 (185 respondents) and the NHS Providers survey of November 2021 (114 trust
 * leaders), whose answer counts reproduce the published percentages. Illustrative: the
 * waves in between (2015 respondent level, 2017 and 2019-11 in aggregate form).
 */
public final class Surveys {

	public static final String CONFED = "NHS Confederation member survey";

	public static final String PROVIDERS = "NHS Providers survey";

	public static final SurveyQuestion INTEGRATION = new SurveyQuestion("INT-PROGRESS",
			"How much progress has your local health economy made on integrating health and social care?",
			SurveyQuestion.PROGRESS);

	public static final SurveyQuestion SAVINGS = new SurveyQuestion("SAVINGS-TARGET",
			"How confident are you of meeting your organisation's savings target this year?",
			SurveyQuestion.CONFIDENCE);

	public static final SurveyQuestion FINANCES = new SurveyQuestion("FIN-PRESSURE",
			"Over the next year, do you expect the financial pressures on your organisation to increase, stay the "
					+ "same or decrease?",
			SurveyQuestion.EXPECTATION);

	public static final SurveyQuestion WAITING = new SurveyQuestion("WAIT-TIMES",
			"Over the next year, do you expect waiting times in your local health economy to increase, stay the "
					+ "same or decrease?",
			SurveyQuestion.EXPECTATION);

	public static final SurveyQuestion LOCAL_SUPPORT = new SurveyQuestion("LOCAL-SUPPORT",
			"How confident or worried are you about the support for integration in your local system?",
			SurveyQuestion.CONFIDENCE);

	public static final SurveyQuestion WINTER = new SurveyQuestion("WINTER",
			"How concerned are you about the coming winter?", SurveyQuestion.CONCERN);

	public static final String[] RESPONSE_HEADER = { "Survey", "Wave", "Respondent ID", "Organisation type", "Role",
			"Question ID", "Question", "Response" };

	public static final String[] SHARE_HEADER = { "Survey", "Wave", "Question ID", "Question", "Answer", "Share (%)",
			"Respondents" };

	private static final String[] ORGANISATION_TYPES = { "Acute trust", "Mental health trust", "Community trust",
			"Clinical commissioning group", "Ambulance trust" };

	private static final String[] ROLES = { "Chair", "Chief executive", "Finance director", "Director" };

	private Surveys() {
	}

	public static List<SurveyWave> waves() {
		return List.of(new SurveyWave(CONFED, "2013", 185, true,
				answers(INTEGRATION, new Answers(List.of(2, 11, 98, 74), 0, 0), SAVINGS,
						new Answers(List.of(22, 70, 45, 36, 12), 0, 0), FINANCES,
						new Answers(List.of(154, 25, 6), 0, 0), WAITING, new Answers(List.of(130, 45, 10), 0, 0))),
				new SurveyWave(CONFED, "2015", 160, false,
						answers(INTEGRATION, new Answers(List.of(6, 31, 80, 38), 3, 2), SAVINGS,
								new Answers(List.of(12, 51, 40, 38, 15), 0, 4), FINANCES,
								new Answers(List.of(141, 12, 3), 1, 3), WAITING,
								new Answers(List.of(121, 29, 6), 2, 2))),
				new SurveyWave(CONFED, "2017", 170, false,
						answers(INTEGRATION, new Answers(List.of(9, 52, 77, 32), 0, 0), SAVINGS,
								new Answers(List.of(7, 41, 44, 53, 25), 0, 0), FINANCES,
								new Answers(List.of(151, 15, 4), 0, 0), WAITING,
								new Answers(List.of(138, 27, 5), 0, 0))),
				new SurveyWave(PROVIDERS, "2019-11", 120, false,
						answers(LOCAL_SUPPORT, new Answers(List.of(4, 38, 37, 31, 10), 0, 0), WINTER,
								new Answers(List.of(78, 33, 8, 1), 0, 0))),
				new SurveyWave(PROVIDERS, "2021-11", 114, true,
						answers(LOCAL_SUPPORT, new Answers(List.of(1, 28, 36, 38, 11), 0, 0), WINTER,
								new Answers(List.of(99, 13, 2, 0), 0, 0))));
	}

	/**
	 * The wave's file: respondent rows, or (aggregate) the shares rounded to one decimal
	 * place.
	 */
	public static byte[] respondentFile(SurveyWave wave, long seed) {
		Random random = new Random(seed + wave.wave().hashCode());
		List<List<String>> rows = new ArrayList<>();
		Map<SurveyQuestion, List<String>> shuffled = new LinkedHashMap<>();
		wave.answers().forEach((q, a) -> shuffled.put(q, shuffledAnswers(q, a, random)));
		for (int r = 0; r < wave.respondents(); r++) {
			String id = String.format("%s-%04d", wave.wave().replace("-", ""), r + 1);
			String type = ORGANISATION_TYPES[random.nextInt(ORGANISATION_TYPES.length)];
			String role = ROLES[random.nextInt(ROLES.length)];
			for (var entry : shuffled.entrySet()) {
				rows.add(List.of(wave.survey(), wave.wave(), id, type, role, entry.getKey().id(), entry.getKey().text(),
						entry.getValue().get(r)));
			}
		}
		return Csv.of(RESPONSE_HEADER, rows);
	}

	public static byte[] aggregateFile(SurveyWave wave) {
		List<List<String>> rows = new ArrayList<>();
		wave.answers().forEach((q, a) -> {
			for (int i = 0; i < q.scale().size(); i++) {
				rows.add(List.of(wave.survey(), wave.wave(), q.id(), q.text(), q.scale().get(i),
						share(a.onScale().get(i), a.base()).toPlainString(), Integer.toString(a.base())));
			}
		});
		return Csv.of(SHARE_HEADER, rows);
	}

	/** The percentage of {@code count} in {@code base}, to one decimal place. */
	public static BigDecimal share(int count, int base) {
		return BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
	}

	/**
	 * Each respondent's answer, shuffled. Illustrative waves write some answers as
	 * senders do: other casing, stray spaces, a typographic apostrophe in Don't know.
	 */
	private static List<String> shuffledAnswers(SurveyQuestion q, Answers a, Random random) {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < q.scale().size(); i++) {
			for (int n = 0; n < a.onScale().get(i); n++) {
				answers.add(n % 7 == 3 ? " " + q.scale().get(i).toLowerCase() + " " : q.scale().get(i));
			}
		}
		for (int n = 0; n < a.dontKnow(); n++) {
			answers.add(n % 2 == 0 ? "Don't know" : "Don\u2019t know");
		}
		for (int n = 0; n < a.blank(); n++) {
			answers.add("");
		}
		Collections.shuffle(answers, random);
		return answers;
	}

	private static Map<SurveyQuestion, Answers> answers(Object... pairs) {
		Map<SurveyQuestion, Answers> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((SurveyQuestion) pairs[i], (Answers) pairs[i + 1]);
		}
		return map;
	}

}
