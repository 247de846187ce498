package org.joinedup.app.console.quarters;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.console.audit.AuditLog;
import org.joinedup.app.ops.Backfill;
import org.joinedup.app.ops.Backfill.Only;
import org.joinedup.app.ops.Backfill.Plan;
import org.joinedup.app.ops.OpsException;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Regenerates the workbooks of a range of quarters as {@code joinedup backfill} does, one
 * quarter after another on a thread of its own so that the page returns at once. Each
 * request, and each report it runs, is recorded in the audit log.
 */
@Component
@ConditionalOnWebApplication
class Regenerations implements DisposableBean {

	static final String ACTION = "REGENERATE";

	private static final Logger log = LoggerFactory.getLogger(Regenerations.class);

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "console-regenerate"));

	private final Backfill backfill;

	private final AuditLog audit;

	private final JoinedupProperties properties;

	Regenerations(Backfill backfill, AuditLog audit, JoinedupProperties properties) {
		this.backfill = backfill;
		this.audit = audit;
		this.properties = properties;
	}

	/** What a regenerate of the range would run, and why: nothing runs. */
	List<Plan> dryRun(FinancialQuarter from, FinancialQuarter to, Only only) {
		return backfill.plan(from, to, only);
	}

	/** Starts the regenerate; returns what to tell the admin. */
	String start(String username, FinancialQuarter from, FinancialQuarter to, Only only) {
		String range = from.equals(to) ? from.label() : from + " to " + to;
		String target = range + " (only " + only.name().toLowerCase(Locale.ROOT) + ")";
		List<Plan> selected;
		try {
			selected = backfill.plan(from, to, only).stream().filter(Plan::selected).toList();
		}
		catch (OpsException refused) {
			audit.record(username, ACTION, target, null, "refused: " + refused.getMessage());
			throw refused;
		}
		audit.record(username, ACTION, target, null, "requested: " + selected.size() + " quarter(s) to report");
		if (selected.isEmpty()) {
			return "Nothing to regenerate in " + range + ": no quarter of it is selected (only "
					+ only.name().toLowerCase(Locale.ROOT) + ").";
		}
		selected.forEach(plan -> runner.submit(() -> report(username, plan)));
		return "Regenerating " + selected.size() + " quarter(s) of " + range
				+ ", one at a time: the runs list shows them.";
	}

	private void report(String username, Plan plan) {
		String quarter = plan.quarter().label();
		try {
			for (JobExecution run : backfill.run(List.of(plan), properties.reportsDir())) {
				audit.record(username, ACTION, quarter, run.getId(), run.getStatus().name());
			}
		}
		catch (Exception e) {
			log.error("Regenerating {} failed", quarter, e);
			audit.record(username, ACTION, quarter, null, "failed: " + e);
		}
	}

	@Override
	public void destroy() {
		runner.shutdown();
	}

}
