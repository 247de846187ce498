package org.joinedup.app.console.upload;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.joinedup.app.console.ConsoleProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The upload page: returns sent from the browser, checked, stored and ingested. */
@Controller
@ConditionalOnWebApplication
class UploadController {

	private final Uploads uploads;

	private final DataSize limit;

	UploadController(Uploads uploads, ConsoleProperties console) {
		this.uploads = uploads;
		this.limit = console.uploadLimit();
	}

	@ModelAttribute("limit")
	String limit() {
		return shown(limit);
	}

	@GetMapping("/upload")
	String form() {
		return "upload";
	}

	@PostMapping("/upload")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal user,
			Model model) throws IOException {
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(f -> !f.isEmpty() || hasName(f)).toList();
		if (chosen.isEmpty()) {
			model.addAttribute("error", "Choose one or more files to upload.");
			return "upload";
		}
		model.addAttribute("results", uploads.receive(user.getName(), chosen));
		return "upload";
	}

	/** e.g. {@code 50 MB}, {@code 512 kB}. */
	static String shown(DataSize size) {
		if (size.toMegabytes() > 0) {
			return size.toMegabytes() + " MB";
		}
		return size.toKilobytes() > 0 ? size.toKilobytes() + " kB" : size.toBytes() + " bytes";
	}

	/** A browser sends an empty, nameless part when no file was chosen. */
	private static boolean hasName(MultipartFile file) {
		return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
	}

}
