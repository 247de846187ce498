package org.joinedup.report.query;

import static org.joinedup.warehouse.SubmissionStatus.ACCEPTED;
import static org.joinedup.warehouse.SubmissionStatus.LOADING;
import static org.joinedup.warehouse.SubmissionStatus.REJECTED;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.joinedup.warehouse.Cadence;
import org.joinedup.warehouse.ReportUse;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionSql;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which received files a quarter's Data quality lists, with their findings: the returns
 * of the quarter (quarterly returns, monthly extracts of its months, the episode extract
 * covering it); the undated files its figures use (the current reference files, every
 * accepted survey); and, in the workbook of the latest quarter with returns only, the
 * files that were rejected before a period could be read from them, since they most
 * likely belong to the collection in progress rather than to every quarter.
 */
public record DataQualityScope(FinancialQuarter quarter, Instant receivedUpTo, boolean latestQuarter) {

	/**
	 * The scope of {@code quarter}'s Data quality as at {@code receivedUpTo}, given the
	 * quarters the warehouse has returns for.
	 */
	public static DataQualityScope of(FinancialQuarter quarter, Instant receivedUpTo,
			List<FinancialQuarter> quartersWithReturns) {
		return new DataQualityScope(quarter, receivedUpTo,
				quartersWithReturns.stream().noneMatch(q -> q.isAfter(quarter)));
	}

	/** A condition on the submission aliased {@code s}. */
	String condition(String s) {
		return """
				(NOT %1$s AND ((%2$s.fin_year = :finYear AND %2$s.quarter = :quarter AND (%3$s OR %4$s))
				   OR (%5$s AND %2$s.received_at <= :receivedUpTo
				       AND ((%6$s AND %7$s) OR %2$s.id IN (%8$s) OR (:latestQuarter AND %9$s)))))""".formatted(
				LOADING.of(s), s, SubmissionSql.expectedEveryPeriod(s), ReturnType.EPISODES.of(s),
				SubmissionSql.undated(s), ACCEPTED.of(s),
				ReturnType.anyOf(s,
						ReturnType.where(t -> t.cadence() == Cadence.UNDATED && t.reportUse() != ReportUse.NONE)),
				ReturnType.where(t -> t.cadence() == Cadence.REFERENCE && t.reportUse() != ReportUse.NONE)
					.stream()
					.map(SubmissionSql::currentReference)
					.collect(Collectors.joining(" UNION ")),
				REJECTED.of(s));
	}

	MapSqlParameterSource parameters() {
		return SubmissionSql.quarter(quarter)
			.addValue("receivedUpTo", Timestamp.from(receivedUpTo))
			.addValue("latestQuarter", latestQuarter);
	}

}
