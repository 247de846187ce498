package org.joinedup.app.console.runs;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.joinedup.app.console.audit.AuditLog;
import org.joinedup.app.ops.Action;
import org.joinedup.app.ops.JobControl;
import org.joinedup.app.ops.OpsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Carries out the console's actions on job executions, each recorded in the audit log
 * when asked for and again when it ends. Stop, abandon and recover are answered at once;
 * restart and rerun run a job, so they run one at a time on a thread of their own and the
 * page returns at once.
 */
@Component
@ConditionalOnWebApplication
public class ConsoleJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ConsoleJobs.class);

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "console-job"));

	private final JobControl control;

	private final AuditLog audit;

	ConsoleJobs(JobControl control, AuditLog audit) {
		this.control = control;
		this.audit = audit;
	}

	/** Takes the action; returns what to tell the admin. */
	public String act(String username, Action action, long id) {
		audit.record(username, action.name(), "execution " + id, id, "requested");
		if (action == Action.RESTART || action == Action.RERUN) {
			runner.submit(() -> finish(username, action, id));
			return actionName(action) + " of execution " + id + " started: the list shows it running.";
		}
		return finish(username, action, id);
	}

	/**
	 * Restarts, one after another, every execution of {@code ids} that can still be
	 * restarted.
	 */
	public String restartAll(String username, List<Long> ids) {
		audit.record(username, "RESTART_FAILURES", ids.size() + " execution(s): " + ids, null, "requested");
		ids.forEach(id -> runner.submit(() -> finish(username, Action.RESTART, id)));
		return "Restarting " + ids.size() + " failed execution(s), one at a time.";
	}

	private String finish(String username, Action action, long id) {
		String outcome;
		try {
			JobExecution result = switch (action) {
				case RESTART -> control.restart(id);
				case RERUN -> control.rerun(id);
				case STOP -> control.stop(id);
				case ABANDON -> control.abandon(id);
				case RECOVER -> control.recover(id, false);
			};
			outcome = result.getId() == id ? "execution " + id + " is now " + result.getStatus()
					: "ran as execution " + result.getId() + ": " + result.getStatus();
		}
		catch (OpsException refused) {
			outcome = "refused: " + refused.getMessage();
		}
		catch (Exception e) {
			log.error("{} of execution {} failed", action, id, e);
			outcome = "failed: " + e;
		}
		audit.record(username, action.name(), "execution " + id, id, outcome);
		return actionName(action) + ": " + outcome;
	}

	private static String actionName(Action action) {
		String name = action.name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	@Override
	public void destroy() {
		runner.shutdown();
	}

}
