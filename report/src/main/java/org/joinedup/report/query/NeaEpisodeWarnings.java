package org.joinedup.report.query;

import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;
import org.joinedup.warehouse.period.FinancialQuarter;

/**
 * formats.md's R1 warning that needs R6: an area's NEA actual more than 5% away from the
 * emergency admissions its episode extracts count for the same quarter. It is raised when
 * both are in the warehouse, whichever came first, so it is found here rather than when
 * either file is loaded.
 */
final class NeaEpisodeWarnings {

	static final String RULE = "nea-episodes-mismatch";

	private NeaEpisodeWarnings() {
	}

	/**
	 * @param received the returns received for the quarter, of every type
	 */
	static List<FindingRow> of(FinancialQuarter quarter, List<AreaFigures> figures, List<SubmissionRow> received) {
		return figures.stream().filter(f -> f.neaEpisodes().mismatched()).map(f -> {
			NeaEpisodes nea = f.neaEpisodes();
			String file = received.stream()
				.filter(r -> r.returnType() == ReturnType.BCF_QUARTERLY && f.area().onsCode().equals(r.orgCode())
						&& r.status() == SubmissionStatus.ACCEPTED)
				.map(SubmissionRow::fileName)
				.findFirst()
				.orElse(null);
			String percent = nea.difference().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
			return new FindingRow(file, "GROUP", "WARNING", null, null, "NEA actual",
					nea.quarterActual().stripTrailingZeros().toPlainString(), RULE,
					String.format(Locale.ROOT,
							"%s: the NEA actual for %s (%,d) is %s%% away from the %,d emergency "
									+ "admissions in the admitted patient episodes (more than %s%%)",
							f.area().name(), quarter.label(),
							nea.quarterActual().setScale(0, RoundingMode.HALF_UP).longValue(), percent, nea.episodes(),
							NeaEpisodes.TOLERANCE.movePointRight(2).toPlainString()));
		}).toList();
	}

}
