package org.joinedup.app.ops;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.joinedup.app.report.ReportKeys;
import org.joinedup.app.report.ReportRunner;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the reports of a range of quarters: those with no report of the current data,
 * those that failed, or all.
 */
@Component
public class Backfill {

	public enum Only {

		MISSING, FAILED, ALL

	}

	/** A quarter of the range, whether it is to be reported, and why. */
	public record Plan(FinancialQuarter quarter, boolean selected, String why) {
	}

	private final JobHistory history;

	private final ReportRunner reports;

	private final Clock clock;

	Backfill(JobHistory history, ReportRunner reports, Clock clock) {
		this.history = history;
		this.reports = reports;
		this.clock = clock;
	}

	public List<Plan> plan(FinancialQuarter from, FinancialQuarter to, Only only) {
		if (from.isAfter(to)) {
			throw new OpsException("--from " + from + " is after --to " + to + ".");
		}
		FinancialQuarter current = FinancialQuarter.containing(LocalDate.now(clock));
		if (to.isAfter(current)) {
			throw new OpsException("--to " + to + " has not begun yet: the current quarter is " + current + ".");
		}
		List<JobExecution> all = history.allOf(ReportKeys.JOB);
		List<Plan> plans = new ArrayList<>();
		for (FinancialQuarter q = from; !q.isAfter(to); q = q.next()) {
			String label = q.label();
			plans.add(planOf(q, all.stream().filter(e -> label.equals(quarterOf(e))).toList(), only));
		}
		return plans;
	}

	/**
	 * Writes the selected quarters' workbooks, returning each execution however it ended.
	 */
	public List<JobExecution> run(List<Plan> plans, Path outDir) throws Exception {
		List<JobExecution> runs = new ArrayList<>();
		for (Plan plan : plans) {
			if (plan.selected()) {
				runs.add(reports.rerun(plan.quarter(), outDir));
			}
		}
		return runs;
	}

	private Plan planOf(FinancialQuarter quarter, List<JobExecution> reportsOfQuarter, Only only) {
		Optional<JobExecution> last = reportsOfQuarter.stream().max(Comparator.comparingLong(JobExecution::getId));
		Optional<JobExecution> current = reportsOfQuarter.stream()
			.filter(e -> e.getStatus() == BatchStatus.COMPLETED && reports.isCurrent(e.getJobParameters(), quarter))
			.max(Comparator.comparingLong(JobExecution::getId));
		boolean failed = last.isPresent() && last.get().getStatus().isUnsuccessful();
		String why = last.isEmpty() ? "never reported"
				: failed ? "last report failed (execution " + last.get().getId() + ")"
						: current.isPresent() ? "up to date (execution " + current.get().getId() + ")"
								: "data changed since execution " + last.get().getId();
		boolean selected = switch (only) {
			case ALL -> true;
			case FAILED -> failed;
			case MISSING -> current.isEmpty();
		};
		return new Plan(quarter, selected, why);
	}

	private static String quarterOf(JobExecution report) {
		return report.getJobParameters().getString(ReportKeys.QUARTER);
	}

}
