package org.joinedup.app.console.quarters;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.joinedup.app.ops.Backfill.Only;
import org.joinedup.app.ops.OpsException;
import org.joinedup.app.report.ReportKeys;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quarters the warehouse has returns for, their workbooks, and regenerating them.
 */
@Controller
@ConditionalOnWebApplication
class QuartersController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final QuarterWorkbooks workbooks;

	private final Regenerations regenerations;

	QuartersController(QuarterWorkbooks workbooks, Regenerations regenerations) {
		this.workbooks = workbooks;
		this.regenerations = regenerations;
	}

	@GetMapping("/quarters")
	String list(Model model) {
		List<QuarterRow> rows = workbooks.rows();
		model.addAttribute("rows", rows);
		if (!model.containsAttribute("request")) {
			String newest = rows.isEmpty() ? "" : rows.get(0).quarter().label();
			model.addAttribute("request", new RegenerateRequest(newest, newest, "missing"));
		}
		return "quarters";
	}

	@GetMapping("/quarters/{slug}/workbook")
	ResponseEntity<Resource> workbook(@PathVariable String slug) {
		Workbook workbook = workbooks.workbook(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(workbook.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new FileSystemResource(workbook.path()));
	}

	/**
	 * With {@code dryRun}, shows what would run and why (as
	 * {@code joinedup backfill --dry-run} does) with a button to run it; without, starts
	 * it and shows the runs list.
	 */
	@PostMapping("/quarters/regenerate")
	String regenerate(RegenerateRequest request, @RequestParam(defaultValue = "false") boolean dryRun, Principal user,
			Model model, RedirectAttributes flash) {
		model.addAttribute("request", request);
		try {
			FinancialQuarter from = quarter("From", request.from());
			FinancialQuarter to = quarter("To", request.to());
			Only only = only(request.only());
			if (dryRun) {
				model.addAttribute("plans", regenerations.dryRun(from, to, only));
				return list(model);
			}
			flash.addFlashAttribute("message", regenerations.start(user.getName(), from, to, only));
			return "redirect:/runs?job=" + ReportKeys.JOB;
		}
		catch (OpsException | IllegalArgumentException refused) {
			model.addAttribute("error", refused.getMessage());
			return list(model);
		}
	}

	private static FinancialQuarter quarter(String which, String text) {
		return FinancialQuarter.parse(text)
			.orElseThrow(() -> new IllegalArgumentException(
					which + ": '" + (text == null ? "" : text) + "' is not a quarter such as 2016-17 Q4."));
	}

	private static Only only(String text) {
		if (text == null || text.isBlank()) {
			return Only.MISSING;
		}
		try {
			return Only.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new IllegalArgumentException("Only: '" + text + "' is not missing, failed or all.");
		}
	}

}
