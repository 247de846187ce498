package org.joinedup.app.console.runs;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.joinedup.app.batch.ProcessStamp;
import org.joinedup.app.console.audit.AuditLog;
import org.joinedup.app.ops.Action;
import org.joinedup.app.ops.ExecutionSummaries;
import org.joinedup.app.ops.JobControl;
import org.joinedup.app.ops.JobHistory;
import org.joinedup.app.ops.OpsException;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The runs list, an execution's page, and the actions on executions. */
@Controller
@ConditionalOnWebApplication
class RunsController {

	private static final int BULK_LIMIT = 500;

	private final RunsQuery runs;

	private final JobHistory history;

	private final JobControl control;

	private final ExecutionSummaries summaries;

	private final ConsoleJobs jobs;

	private final AuditLog audit;

	RunsController(RunsQuery runs, JobHistory history, JobControl control, ExecutionSummaries summaries,
			ConsoleJobs jobs, AuditLog audit) {
		this.runs = runs;
		this.history = history;
		this.control = control;
		this.summaries = summaries;
		this.jobs = jobs;
		this.audit = audit;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/runs";
	}

	@GetMapping("/runs")
	String list(@ModelAttribute("filter") RunFilter filter, Model model) {
		model.addAttribute("jobs", runs.jobs());
		try {
			model.addAttribute("runs", runs.find(filter));
		}
		catch (IllegalArgumentException badFilter) {
			model.addAttribute("error", badFilter.getMessage());
			model.addAttribute("runs", runs.find(new RunFilter(null, null, null, null, null, null, 1)));
		}
		return "runs";
	}

	@GetMapping("/runs/{id}")
	String execution(@PathVariable long id, Model model) {
		JobExecution execution = find(id);
		model.addAttribute("execution", execution);
		model.addAttribute("summary", summaries.of(execution));
		List<StepExecution> steps = List.copyOf(execution.getStepExecutions());
		model.addAttribute("steps", steps);
		model.addAttribute("failure", failure(execution, steps));
		model.addAttribute("process", ProcessStamp.readFrom(execution.getExecutionContext()).orElse(null));
		model.addAttribute("allowed", control.allowed(execution));
		model.addAttribute("audit", audit.ofExecution(id));
		JobExecution latest = history.latestOfItsInstance(execution);
		model.addAttribute("resumedAs", latest != null && latest.getId() > id ? latest : null);
		return "execution";
	}

	/** The part of an execution's page that changes while it runs, polled by htmx. */
	@GetMapping("/runs/{id}/live")
	String live(@PathVariable long id, Model model) {
		execution(id, model);
		return "execution :: live";
	}

	@PostMapping("/runs/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, Principal user, RedirectAttributes flash) {
		Action chosen;
		try {
			chosen = Action.valueOf(action.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		find(id);
		flash.addFlashAttribute("message", jobs.act(user.getName(), chosen, id));
		return "redirect:/runs/" + id;
	}

	/**
	 * Restarts every failed run the filters match (up to 500) that has not since
	 * succeeded.
	 */
	@PostMapping("/runs/restart-failures")
	String restartFailures(@ModelAttribute RunFilter filter, Principal user, RedirectAttributes flash) {
		RunFilter failed = new RunFilter(filter.job(), "FAILED", filter.from(), filter.to(), filter.file(),
				filter.quarter(), 1);
		List<Long> ids = runs.failedToRestart(failed, BULK_LIMIT);
		flash.addFlashAttribute("message", ids.isEmpty() ? "No failed run in this list is left to restart."
				: jobs.restartAll(user.getName(), ids));
		return "redirect:" + failed.pageUrl(1);
	}

	/** The job's exit description, or else that of its first step that has one. */
	private static String failure(JobExecution execution, List<StepExecution> steps) {
		return Stream.concat(Stream.of(execution.getExitStatus()), steps.stream().map(StepExecution::getExitStatus))
			.map(ExitStatus::getExitDescription)
			.filter(description -> description != null && !description.isBlank())
			.findFirst()
			.orElse(null);
	}

	private JobExecution find(long id) {
		try {
			return history.get(id);
		}
		catch (OpsException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.getMessage());
		}
	}

}
