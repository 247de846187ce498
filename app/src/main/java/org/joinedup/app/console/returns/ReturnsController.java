package org.joinedup.app.console.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.joinedup.app.ops.ReturnsOverview;
import org.joinedup.app.report.ReportRunner;
import org.joinedup.report.query.FindingRow;
import org.joinedup.report.query.ReturnLine;
import org.joinedup.report.sheet.DataQualitySheet;
import org.joinedup.report.table.TableWorkbook;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Expected against received per quarter with its non-submitters, and each received file's
 * page with its findings and the findings workbook to send back. A file is known by its
 * submission's id.
 */
@Controller
@ConditionalOnWebApplication
class ReturnsController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ReturnsOverview returns;

	private final ReportRunner reports;

	private final ReturnFiles files;

	ReturnsController(ReturnsOverview returns, ReportRunner reports, ReturnFiles files) {
		this.returns = returns;
		this.reports = reports;
		this.files = files;
	}

	@GetMapping("/returns")
	String overview(@RequestParam(required = false) String quarter, Model model) {
		List<FinancialQuarter> quarters = new ArrayList<>(reports.quarters());
		Optional<FinancialQuarter> chosen = quarter == null || quarter.isBlank() ? reports.latestQuarter()
				: FinancialQuarter.parse(quarter.strip());
		if (chosen.isEmpty() && quarter != null && !quarter.isBlank()) {
			model.addAttribute("error", "'" + quarter + "' is not a quarter such as 2016-17 Q4.");
			chosen = reports.latestQuarter();
		}
		chosen.filter(q -> !quarters.contains(q)).ifPresent(quarters::add);
		quarters.sort(Comparator.reverseOrder());
		model.addAttribute("quarters", quarters);
		chosen.ifPresent(q -> {
			List<ReturnLine> lines = returns.expectedAndReceived(q);
			model.addAttribute("quarter", q);
			model.addAttribute("lines", lines);
			model.addAttribute("counts", ReturnLine.countsByStatus(lines));
		});
		return "returns";
	}

	@GetMapping("/returns/non-submitters")
	ResponseEntity<String> nonSubmitters(@RequestParam String quarter) {
		FinancialQuarter chosen = FinancialQuarter.parse(quarter.strip())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + quarter + "' is not a quarter such as 2016-17 Q4."));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("non-submitters-" + chosen.slug() + ".csv"))
			.body(NonSubmittersCsv.of(returns.nonSubmitters(chosen)));
	}

	@GetMapping("/returns/files/{id:\\d{1,18}}")
	String file(@PathVariable long id, Model model) {
		model.addAttribute("file", find(id));
		model.addAttribute("findings", returns.findingsOf(id));
		return "returnfile";
	}

	@GetMapping("/returns/files/{id:\\d{1,18}}/findings.xlsx")
	ResponseEntity<byte[]> findingsWorkbook(@PathVariable long id) throws IOException {
		find(id);
		List<FindingRow> findings = returns.findingsOf(id);
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		TableWorkbook.write(workbook, "Findings", DataQualitySheet.findingColumns(), findings);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("findings-submission-" + id + ".xlsx"))
			.body(workbook.toByteArray());
	}

	private ReturnFile find(long id) {
		return files.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No submission #" + id + "."));
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName).build().toString();
	}

}
