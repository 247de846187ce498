package org.joinedup.app.console.schedule;

import java.security.Principal;
import java.sql.SQLException;
import java.time.Clock;

import org.joinedup.app.console.audit.AuditLog;
import org.joinedup.app.schedule.NightlySchedule;
import org.quartz.SchedulerException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schedule page, its live part, and run now, pause and resume. */
@Controller
@ConditionalOnWebApplication
class ScheduleController {

	private final ScheduleStatus status;

	private final NightlySchedule schedule;

	private final ConsoleNightly nightly;

	private final AuditLog audit;

	private final Clock clock;

	ScheduleController(ScheduleStatus status, NightlySchedule schedule, ConsoleNightly nightly, AuditLog audit,
			Clock clock) {
		this.status = status;
		this.schedule = schedule;
		this.nightly = nightly;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/schedule")
	String page(Model model) throws SchedulerException {
		ScheduleState state = status.read();
		model.addAttribute("schedule", state);
		model.addAttribute("overdue", state.overdue(clock.instant()));
		return "schedule";
	}

	/** The nightly's part of the page, polled by htmx while one runs. */
	@GetMapping("/schedule/nightly")
	String nightly(Model model) throws SchedulerException {
		page(model);
		return "schedule :: nightly";
	}

	@PostMapping("/schedule/run")
	String runNow(Principal user, RedirectAttributes flash) throws SQLException {
		flash.addFlashAttribute("message", nightly.runNow(user.getName()));
		return "redirect:/schedule";
	}

	@PostMapping("/schedule/pause")
	String pause(Principal user, RedirectAttributes flash) throws SchedulerException {
		return change(user, flash, "PAUSE_SCHEDULE", true);
	}

	@PostMapping("/schedule/resume")
	String resume(Principal user, RedirectAttributes flash) throws SchedulerException {
		return change(user, flash, "RESUME_SCHEDULE", false);
	}

	private String change(Principal user, RedirectAttributes flash, String action, boolean pause)
			throws SchedulerException {
		String outcome;
		if (schedule.stored().isEmpty()) {
			String why = "no schedule is stored yet ('joinedup serve' stores it when it first starts)";
			outcome = "refused: " + why;
			flash.addFlashAttribute("error", "Not " + (pause ? "paused" : "resumed") + ": " + why);
		}
		else {
			if (pause) {
				schedule.pause();
			}
			else {
				schedule.resume();
			}
			outcome = "trigger " + schedule.state();
			flash.addFlashAttribute("message", pause ? "Schedule paused: no nightly fires until it is resumed."
					: "Schedule resumed: the nightly fires on its cron again.");
		}
		audit.record(user.getName(), action, "nightly schedule", null, outcome);
		return "redirect:/schedule";
	}

}
