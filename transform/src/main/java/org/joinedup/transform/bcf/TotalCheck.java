package org.joinedup.transform.bcf;

import java.math.BigDecimal;
import java.util.Objects;

import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.value.Numbers;
import org.joinedup.transform.check.Checks;

/**
 * A Total row that differs from the sum of the rows above it by more than £1 is a
 * warning.
 */
final class TotalCheck {

	private static final BigDecimal TOLERANCE = BigDecimal.ONE;

	private TotalCheck() {
	}

	static void check(Checks checks, SourceValue total, BigDecimal sum, String what) {
		if (total == null) {
			return;
		}
		BigDecimal stated = Numbers.parse(total).value();
		if (stated != null
				&& stated.subtract(Objects.requireNonNullElse(sum, BigDecimal.ZERO)).abs().compareTo(TOLERANCE) > 0) {
			checks.warning(Level.GROUP, total, "total-mismatch", "The Total for " + what
					+ " differs from the sum of the rows above it (£" + sum.toPlainString() + ") by more than £1");
		}
	}

	static BigDecimal add(BigDecimal sum, BigDecimal value) {
		return value == null ? sum : sum.add(value);
	}

}
