package org.joinedup.app.schedule;

import java.io.PrintWriter;

import org.joinedup.app.nightly.NightlyService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job the schedule fires: the nightly. Quartz does not run it twice at once
 * within one scheduler (or cluster); {@link NightlyService}'s database guard covers
 * everything else.
 */
@DisallowConcurrentExecution
class NightlyJob extends QuartzJobBean {

	private final NightlyService nightly;

	NightlyJob(NightlyService nightly) {
		this.nightly = nightly;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
		try {
			nightly.run(new PrintWriter(System.out, true));
		}
		catch (Exception e) {
			throw new JobExecutionException("the nightly failed", e, false);
		}
	}

}
