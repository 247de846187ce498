package org.joinedup.transform.survey;

import java.util.Arrays;
import java.util.List;

import org.joinedup.ingest.detect.CsvHeaderDetector;
import org.joinedup.transform.load.FactTable;
import org.joinedup.transform.load.ReturnTypeDefinition;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.WarehouseTable;

/** R4, the leadership surveys: respondent level or published shares (see README.md). */
public final class SurveyTypes {

	static final FactTable<SurveyAnswerFact> ANSWERS = FactTable.of(SurveyAnswerFact.class,
			WarehouseTable.SURVEY_ANSWER, """
					survey, wave, respondent_id, organisation_type, respondent_role, question_id, question, answer,
					answer_rank, source_row""",
			f -> Arrays.asList(f.wave().survey(), f.wave().wave(), f.respondentId(), f.organisationType(), f.role(),
					f.questionId(), f.question(), f.answer() == null ? null : f.answer().text(),
					f.answer() == null ? null : f.answer().rank(), f.sourceRow()));

	static final FactTable<SurveyShareFact> SHARES = FactTable.of(SurveyShareFact.class, WarehouseTable.SURVEY_SHARE,
			"survey, wave, question_id, question, answer, answer_rank, share_percent, respondents, source_row",
			f -> Arrays.asList(f.wave().survey(), f.wave().wave(), f.questionId(), f.question(), f.answer().text(),
					f.answer().rank(), f.sharePercent(), f.respondents(), f.sourceRow()));

	public static final ReturnTypeDefinition RESPONSES = new ReturnTypeDefinition(ReturnType.SURVEY_RESPONSES,
			"leadership survey responses (CSV)", new CsvHeaderDetector(List.of(SurveyResponseColumn.values()), 0),
			context -> new SurveyResponsesMapper(SurveyReader.responses()), List.of(ANSWERS));

	public static final ReturnTypeDefinition AGGREGATE = new ReturnTypeDefinition(ReturnType.SURVEY_AGGREGATE,
			"published leadership survey results (CSV)", new CsvHeaderDetector(List.of(SurveyShareColumn.values()), 0),
			context -> new SurveySharesMapper(SurveyReader.shares()), List.of(SHARES));

	private SurveyTypes() {
	}

}
